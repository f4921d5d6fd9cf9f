"""A learned sentence selector for the parse path: which sentences holding a cue form are worth a parse.

The parse path (`parsed.py`) parses every sentence that holds a cue form the scorer learned and that the
rules did not already cover; about half of the accurate mode's time is that parse (tok2vec and parser
alone 2.1 of 4.0 CPU-s over 100 PolNeAR articles). Most of those parses change nothing: their candidates
score below the scorer's threshold, overlap a quotation the rules found, or cue on a word the rules used.
This logistic regression predicts, from features read without a parse (the cue forms present, the word
before and after each, where it stands, quotation marks, length, what the rules found in the sentence),
whether parsing a sentence changes the stage's result there; a sentence below `threshold` is not parsed.

Labels come from the stage itself on PolNeAR train (`python -m storyline.quotes.selector_train`): a parsed
sentence is positive when an attribution the parse path found cued in it is among the quotations the stage
returns (after the learned filter), or the parse dropped a rule cue there as a noun or ended a rule claim
there earlier. Weights live in `storyline/quotes/data/<lang>_selector.json`.

Measured 2026-11-23 (100 PolNeAR articles, paired runs, load 4.5): 17.9 -> 15.3 sentences parsed an article,
28.1 -> 30.9 articles per CPU-second (seed-sized 139 -> 169). Tried and dropped, on held-out train: labels
before the learned filter (the first cut, 0.05, skipped 10% of sentences for -0.0017 F1@0.3 on 756-840),
labels counting only attributions matching gold (0-100: -0.003 F1 at 0.03, -0.005 at 0.05), labels leaving
out rule claims the parse cuts or drops (0-100: -0.005 at 0.05); the sentence's first word and last mark,
a capitalised word before the cue, cue form x coverage and cue form x preposed claim, more epochs, other
rates and L2 (no more sentences skipped at 2% or 5% of positive sentences lost). The parse path's neural
cost is ~1.2 ms a sentence and cannot be cut with identical output (greedy parser, float32, numpy's BLAS,
only tok2vec, tagger and parser run), so fewer sentences is the one lever.
"""

from __future__ import annotations

import math
import re
from bisect import bisect_left
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import cache
from itertools import repeat
from pathlib import Path
from typing import Any

from storyline.quotes.scorer import read_learned

DATA_DIR = Path(__file__).parent / "data"
_WORD = re.compile(r"\w+")
_MARKS = re.compile('["“”„«»]')


def _bucket(n: float, bounds: Sequence[float]) -> str:
    for bound in bounds:
        if n < bound:
            return f"<{bound}"
    return f">={bounds[-1]}"


def sentence_features(
    text: str,
    start: int,
    end: int,
    cue_words: Sequence[tuple[int, str]],
    rules: Sequence[tuple[int, int, int | None]] = (),
) -> list[str]:
    """Parse-free feature names of the sentence `text[start:end]`.

    `cue_words` are (offset, lower-case form) of the cue forms in it; `rules` the (start, end, cue offset or
    None) of the quotations the rules found in the article, sorted by start.
    """
    words = [(m.start(), m.group().lower()) for m in _WORD.finditer(text, start, end)]
    offsets = [w[0] for w in words]
    n = len(words)
    marks = [m.start() for m in _MARKS.finditer(text, start, end)]
    # Only the quotations reaching the sentence, or cued in it, count (an article has dozens).
    rules = [r for r in rules if (r[0] < end and r[1] > start) or (r[2] is not None and start <= r[2] < end)]
    covered = 0
    rule_cues: set[int] = set()
    rule_here = 0
    preposed = False
    for a, b, cue in rules:
        covered += max(0, min(b, end) - max(a, start))
        if cue is not None and start <= cue < end:
            rule_cues.add(cue)
            rule_here += 1
            preposed = preposed or cue <= a
    share = covered / max(1, end - start)
    inside_rule = [any(a <= offset < b for a, b, _cue in rules) for offset, _form in cue_words]
    free = sum(
        1
        for (offset, _form), inside in zip(cue_words, inside_rule, strict=True)
        if not inside and offset not in rule_cues
    )
    names = [
        "bias",
        "free=" + _bucket(free, (1, 2, 3)),
        "freep=" + _bucket(free, (1, 2, 3)) + "|" + str(preposed),
        "n=" + _bucket(n, (8, 15, 25, 40, 60)),
        "marks=" + _bucket(len(marks), (1, 2, 3, 5)),
        "cover=" + _bucket(share, (0.01, 0.25, 0.5)),
        "rules=" + _bucket(rule_here, (1, 2, 3)),
        "preposed=" + str(preposed),
        "forms=" + _bucket(len(cue_words), (2, 3, 5)),
    ]
    for (offset, form), in_rule in zip(cue_words, inside_rule, strict=True):
        k = bisect_left(offsets, offset)
        prev = words[k - 1][1] if k > 0 else "^"
        nxt = words[k + 1][1] if k + 1 < n else "$"
        between = text[offset + len(form) : words[k + 1][0]] if k + 1 < n else ""
        place = "start" if k < 2 else ("end" if k >= n - 3 else "mid")
        inside = sum(1 for m in marks if m < offset) % 2 == 1
        ruled = offset in rule_cues
        names += [
            "w=" + form,
            "wp=" + form + "|" + place,
            "prev=" + prev,
            "wprev=" + form + "|" + prev,
            "next=" + nxt,
            "wnext=" + form + "|" + nxt,
            "comma=" + str("," in between),
            "place=" + place,
            "inq=" + str(inside),
            "ruled=" + str(ruled),
            "wr=" + form + "|" + str(ruled),
            "inrule=" + str(in_rule),
            "wi=" + form + "|" + str(in_rule) + "|" + str(ruled),
        ]
    return names


@dataclass(frozen=True)
class Selector:
    """Logistic-regression weights over sentence feature names, and the probability a parse needs."""

    weights: dict[str, float]
    threshold: float

    def probability(self, names: Iterable[str]) -> float:
        """The probability that parsing a sentence with these features changes the stage's result."""
        z = sum(map(self.weights.get, names, repeat(0.0)))  # the same sum, in the same order
        return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))

    def keep(self, names: Iterable[str]) -> bool:
        """True when the sentence is worth a parse."""
        return self.probability(names) >= self.threshold


@cache
def load_selector(name: str) -> Selector:
    """The learned selector `storyline/quotes/data/<name>` (see `python -m storyline.quotes.selector_train`)."""
    raw = read_learned(name, "learned sentence selector", "python -m storyline.quotes.selector_train")
    return Selector({k: float(v) for k, v in raw["weights"].items()}, float(raw["threshold"]))


def rule_spans(quotes: Iterable[Any]) -> list[tuple[int, int, int | None]]:
    """(start, end, cue offset or None) of rule-found quotations (objects with start, end, cue), by start."""
    return sorted((q.start, q.end, q.cue[0] if q.cue is not None else None) for q in quotes)
