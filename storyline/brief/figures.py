"""Disputed figures: one quantity given differently by two sources, within one report or one news cycle.

Crowd sizes, tolls and counts are often reported as a pair ("police counted 1,800 tractors; organisers
said 4,000"): the article itself shows the contradiction. A dispute is two comparable figures (same
magnitude, not years, not parts of a date or time) in one sentence or in two consecutive sentences, each
attributed to a source (`FIGURE_SOURCE` of the language's positions data), that count the same thing:
the same word follows both numbers, or the second figure stands alone ("... spoke of 4,000."), or the
second source explicitly gives another figure (`COUNTER_FIGURE`: "raised the figure to"). Disputes of
articles of one news cycle that give the same figures are one claim.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from storyline.brief.material import Sentence
from storyline.langs import language_data

# Two figures of one quantity from two sources differ at most this much (police and organisers' crowd
# counts commonly differ 2-4x); a larger gap is two different quantities (350 tractors vs 20,000 people).
DISPUTE_RATIO = 4.0
# Disputes of articles published this close that share two figures are the same dispute.
CYCLE_HOURS = 24
_FIGURE = re.compile(r"(?<![\w.,/:])(\d{1,3}(?:[.,\u00a0 ]\d{3})+|\d+)(?:[.,]\d+)?(?![\w/:])(?:\s+(\w+))?")


@dataclass(slots=True)
class Dispute:
    """Sentences (pool positions) of one article giving one quantity differently, and why."""

    members: set[int]
    values: set[float]
    reason: str
    article_id: str


def _figures(s: Sentence, start: int = 0, end: int | None = None) -> list[tuple[float, str, int]]:
    """(value, the word after it or '', offset in sentence) of the sentence's figures outside time expressions."""
    text = s.text
    timex = [(t.start - s.start, t.end - s.start) for t in s.article.spans("timex") if s.start <= t.start < s.end]
    out = []
    for m in _FIGURE.finditer(text, start, len(text) if end is None else end):
        # A time expression covering the whole number makes it a date or time; one ending inside it does not
        # ("6.000 personas" read as 06:00 by the time tagger is still a count).
        if any(a <= m.start(1) and m.end(1) <= b for a, b in timex):
            continue
        digits = re.sub(r"[.,\u00a0 ]", "", m.group(1))
        value = float(digits)
        if value < 2 or (1900 <= value <= 2100 and len(digits) == 4):
            continue
        word = (m.group(2) or "").lower()
        out.append((value, word[:5], m.start(1)))
    return out


def _comparable(
    a: list[tuple[float, str, int]], b: list[tuple[float, str, int]], counter: bool
) -> tuple[float, float] | None:
    """A figure of `a` and a different one of `b` that count the same thing, or None."""
    values_a = {v for v, _, _ in a}
    for vb, wb, _ in b:
        if vb in values_a:
            continue
        alone = not wb  # "... spoke of 4,000." counts what the first figure counts
        for va, wa, _ in a:
            if max(va, vb) / min(va, vb) > DISPUTE_RATIO:
                continue
            if (wa and wa == wb) or alone or counter:
                return va, vb
    return None


def disputes_in(sentences: list[tuple[int, Sentence]]) -> list[Dispute]:
    """The disputed figures of one article's pool sentences ((pool position, sentence) in text order)."""
    if not sentences:
        return []
    art = sentences[0][1].article
    data = language_data(art.language or "", "positions")
    source = getattr(data, "FIGURE_SOURCE", None)
    counter_cue = getattr(data, "COUNTER_FIGURE", None)
    if source is None:
        return []
    out = []
    for n, (i, s) in enumerate(sentences):
        cues = [m.start() for m in source.finditer(s.text)]
        if not cues:
            continue
        # Two sources in one sentence: the figures before the second source against those after it.
        if len(cues) > 1:
            before, after = _figures(s, 0, cues[-1]), _figures(s, cues[-1])
            counter = bool(counter_cue and counter_cue.search(s.text, cues[-1]))
            pair = _comparable(before, after, counter) if before and after else None
            if pair:
                out.append(_dispute({i}, pair, art.id))
                continue
        if n + 1 >= len(sentences):
            continue
        j, t = sentences[n + 1]
        if t.index != s.index + 1 or not source.search(t.text):
            continue
        mine, theirs = _figures(s), _figures(t)
        counter = bool(counter_cue and counter_cue.search(t.text))
        pair = _comparable(mine, theirs, counter) if mine and theirs else None
        if pair:
            out.append(_dispute({i, j}, pair, art.id))
    return out


def _dispute(members: set[int], pair: tuple[float, float], article_id: str) -> Dispute:
    shown = " vs ".join(f"{v:,g}" for v in pair)
    return Dispute(members, set(pair), f"sources give different figures: {shown}", article_id)


def merge_disputes(disputes: list[Dispute], published: dict[str, float | None]) -> list[Dispute]:
    """Disputes of different articles of one news cycle that give two of the same figures are one claim."""
    merged: list[Dispute] = []
    for d in disputes:
        home = next(
            (
                m
                for m in merged
                if len(m.values & d.values) >= 2
                and published.get(m.article_id) is not None
                and published.get(d.article_id) is not None
                and abs(published[m.article_id] - published[d.article_id]) <= CYCLE_HOURS  # type: ignore[operator]
            ),
            None,
        )
        if home is None:
            merged.append(Dispute(set(d.members), set(d.values), d.reason, d.article_id))
        else:
            home.members |= d.members
            home.values |= d.values
    return merged
