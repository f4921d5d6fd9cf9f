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
# A figure and the word after it; a hyphen joins them too ("a 16-year-old", "15-kilometre").
_FIGURE = re.compile(
    r"(?<![\w.,/:])(\d{1,3}(?:[.,\u00a0 ]\d{3})+|\d+)((?:[.,]\d+)?)(?![\w/:])(?:(?:\s+|\s*-\s*)([^\W\d_]\w*))?"
)
# A range's second figure and its word: "от 15 до 20 миллионов тонн" counts millions (of tonnes), not "до".
_RANGE_END = re.compile(r"(?:\s+[^\W\d_]\w{0,3}\s+|\s*[-–]\s*)\d[\d.,\u00a0]*(?:(?:\s+|\s*-\s*)([^\W\d_]\w*))?")
# A figure set off by commas after a name ("Wismond Exantus, 24, was found") is an age, not a figure on its own.
# Digit groups with a leading zero or standing side by side are a phone number or a code.
_CODE = re.compile(r"0\d")
_CODE_BEFORE = re.compile(r"\d\s+$")
_CODE_AFTER = re.compile(r"\s+\d")
_APPOSITION = re.compile(r",\s*$")
_APPOSITION_END = re.compile(r"\s*,")


@dataclass(slots=True)
class Dispute:
    """Sentences (pool positions) of one article giving one quantity differently, and why."""

    members: set[int]
    values: set[float]
    reason: str
    article_id: str


def _figures(s: Sentence, start: int = 0, end: int | None = None) -> list[tuple[float, str, int, bool]]:
    """(value, the word after it or '', offset in sentence, whether it stands alone) of the sentence's figures
    outside time expressions. A figure without a word after it stands alone ("... spoke of 4,000."), unless it
    is an apposition (", 24,")."""
    text = s.text
    timex = [(t.start - s.start, t.end - s.start) for t in s.article.spans("timex") if s.start <= t.start < s.end]
    out = []
    for m in _FIGURE.finditer(text, start, len(text) if end is None else end):
        # A time expression covering the whole number makes it a date or time; one ending inside it does not
        # ("6.000 personas" read as 06:00 by the time tagger is still a count).
        if any(a <= m.start(1) and m.end(1) <= b for a, b in timex):
            continue
        digits = re.sub(r"[.,\u00a0 ]", "", m.group(1))
        if _CODE.match(digits) or _CODE_BEFORE.search(text, 0, m.start(1)) or _CODE_AFTER.match(text, m.end(2)):
            continue  # a phone number or code ("0370 60 60 900"), no count
        value = float(digits)
        if value < 2 or (1900 <= value <= 2100 and len(digits) == 4):
            continue
        rest = _RANGE_END.match(text, m.end(2))
        # "15 to 20 million tonnes", "от 18 до 24 месяцев", "5,000-10,000 people": the range's word
        word = ((rest.group(1) if rest is not None else m.group(3)) or "").lower()
        apposition = bool(_APPOSITION.search(text, 0, m.start(1)) and _APPOSITION_END.match(text, m.end(2)))
        out.append((value, word[:5], m.start(1), not word and not apposition))
    return out


def _comparable(
    a: list[tuple[float, str, int, bool]], b: list[tuple[float, str, int, bool]], counter: bool
) -> tuple[float, float] | None:
    """A figure of `a` and a different one of `b` that count the same thing, or None."""
    values_a = {v for v, _, _, _ in a}
    for vb, wb, _, alone in b:  # a figure alone ("... spoke of 4,000.") counts what the first figure counts
        if vb in values_a:
            continue
        for va, wa, _, _ in a:
            if max(va, vb) / min(va, vb) > DISPUTE_RATIO:
                continue
            if (wa and wa == wb) or alone or counter:
                return va, vb
    return None


def figure_values(s: Sentence) -> set[float]:
    """The values of the sentence's figures (`_figures`): no number of a time expression ("la dictadura de 30 años",
    "15.33 h"), no year, no phone number."""
    return {v for v, _, _, _ in _figures(s)}


def same_quantity(a: Sentence, b: Sentence) -> bool:
    """Whether two sentences' different figures can count one thing: in one language, a figure of each followed by
    the same word ("14 dead", "12 dead") or one standing alone ("the toll reached 12."), never "7 quake" against
    "aftershocks of 5.9 and 5.5" or a phone number. Across languages the words cannot tell: True."""
    if (a.article.language or "") != (b.article.language or ""):
        return True
    fa, fb = _figures(a), _figures(b)
    return bool(fa and fb and (_comparable(fa, fb, False) or _comparable(fb, fa, False)))


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
