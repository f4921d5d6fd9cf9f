"""Timeline summarisation: pick the important dates of a story and the sentences that say what happened.

Dates are ranked by how often the articles refer to them (day-level time expressions of the timex stage)
plus how many articles were published on them; each chosen date gets the candidate sentences closest
to the centroid of that date's candidates (TF-IDF, articles telling the day at length weigh more),
without near-repeats. The same code serves
`storyline eval timeline` and the briefing's timeline, so the evaluated quality is the shipped one.
"""

from __future__ import annotations

import math
import re
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from functools import cache
from typing import Any

# Weight of one article published on a day against one reference to that day in the text.
# calibrated on shared eval timeline17 dev (11 timelines): date F1 0.709 (0), 0.715 (0.5), 0.707 (1.0)
PUBLICATION_WEIGHT = 0.5
# Two sentences of one date this similar (TF-IDF cosine) say the same thing; keep the first.
# calibrated on shared eval timeline17 dev: AR-2 F1 0.0343 (0.4), 0.0349 (0.5), 0.0339 (0.6)
REDUNDANCY_COSINE = 0.5
# Only the first sentences of an article stand for its publication day (news puts the event first).
# calibrated on shared eval timeline17 dev: AR-2 F1 0.030 (all sentences) -> 0.035 (first 10); 6 and 20 alike
LEAD_SENTENCES = 10
# Each candidate counts in its date's centroid with weight n**ARTICLE_DEPTH, n = its article's candidates for
# that date: an article that tells the day's events at length outweighs passing mentions of the day.
# calibrated on shared eval timeline17 dev (11 timelines, date F1 0.7205 unchanged): AR-2 F1 0.0345 (0),
# 0.0364 (0.15), 0.0362 (0.25), 0.0364 (0.35), 0.0351 (0.5), 0.0345 (1.0); -0.5 (per-article averaging)
# 0.0280. A bonus for sentences naming the date (0.05: 0.0337) or for lead sentences (0.03: 0.0335) hurt.
ARTICLE_DEPTH = 0.25
# Date references count only in an article's first sentences: beyond them a crawled "article" is a page dump
# (archives, comments, sidebars dated months away). Together with one vote per distinct wording, measured on
# shared eval dev: timeline17 date F1 / AR-2 0.7205 / 0.0362 (neither) -> 0.7186 / 0.0361 (wordings only),
# 0.7114 / 0.0367 (100), 0.7128 / 0.0361 (60); CL-TLS per collection date F1 0.239 -> 0.258, 0.257, 0.250;
# CL-TLS cross-lingual 0.386, 0.418, 0.413.
REFERENCE_DEPTH = 100
# Sentences outside this many word tokens are headlines, fragments or run-on page dumps.
MIN_TOKENS, MAX_TOKENS = 6, 60

_DAY = re.compile(r"^(\d{4})-(\d{2})-(\d{2})")
_WORD = re.compile(r"\w+", re.UNICODE)


@dataclass(frozen=True, slots=True)
class TimelineSentence:
    """One sentence of one article, with the days it refers to."""

    article_id: str
    start: int
    end: int
    text: str
    refers_to: tuple[date, ...] = ()
    index: int = 0  # position in the article (0 = first sentence)


@dataclass(slots=True)
class TimelineDocument:
    """An article as the summariser sees it: publication day and sentences."""

    article_id: str
    published: date | None
    sentences: list[TimelineSentence]
    language: str | None = None


@dataclass(slots=True)
class TimelineDate:
    """One date of a timeline with its chosen sentences and the evidence for choosing it."""

    day: date
    score: float
    references: int
    publications: int
    sentences: list[TimelineSentence] = field(default_factory=list)


def day_of(value: Any) -> date | None:
    """The calendar day of a TIMEX3 value such as `2026-01-07` or `2026-01-07T14:00`, else None."""
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    m = _DAY.match(str(value or ""))
    if not m:
        return None
    try:
        return date(int(m[1]), int(m[2]), int(m[3]))
    except ValueError:
        return None


def attach_dates(
    sentences: Sequence[tuple[int, int]], timexes: Iterable[tuple[int, int, Any]]
) -> list[tuple[date, ...]]:
    """For each sentence span, the days of the day-level time expressions inside it."""
    by_sentence: list[list[date]] = [[] for _ in sentences]
    starts = [s for s, _ in sentences]
    import bisect

    for start, _end, value in timexes:
        day = day_of(value)
        if day is None:
            continue
        i = bisect.bisect_right(starts, start) - 1
        if 0 <= i < len(sentences) and start < sentences[i][1] and day not in by_sentence[i]:
            by_sentence[i].append(day)
    return [tuple(d) for d in by_sentence]


def tokens(text: str) -> list[str]:
    """Lower-cased word tokens of any script."""
    return [t.lower() for t in _WORD.findall(text)]


def _tfidf(texts: list[list[str]], idf: dict[str, float]) -> list[dict[str, float]]:
    out = []
    for toks in texts:
        tf = Counter(toks)
        vec = {t: (1 + math.log(c)) * idf.get(t, 0.0) for t, c in tf.items()}
        norm = math.sqrt(sum(v * v for v in vec.values())) or 1.0
        out.append({t: v / norm for t, v in vec.items()})
    return out


def _cos(a: dict[str, float], b: dict[str, float]) -> float:
    if len(a) > len(b):
        a, b = b, a
    return sum(v * b.get(t, 0.0) for t, v in a.items())


def rank_dates(
    documents: Sequence[TimelineDocument], *, within: tuple[date, date] | None = None
) -> list[tuple[date, float, int, int]]:
    """(day, score, references, publications) for every day, best first."""
    voters: Counter[date] = Counter()
    wordings: dict[date, set[str]] = defaultdict(set)
    pubs: Counter[date] = Counter()
    for doc in documents:
        if doc.published is not None:
            pubs[doc.published] += 1
        seen: dict[date, set[str]] = defaultdict(set)
        # Past the first REFERENCE_DEPTH sentences a "document" is a page dump (archives, comments, sidebars).
        for sent in doc.sentences[:REFERENCE_DEPTH]:
            for day in sent.refers_to:
                seen[day].add(" ".join(tokens(sent.text)))
        # One article referring to a day many times is one vote: long pages must not dominate.
        for day, texts in seen.items():
            voters[day] += 1
            wordings[day] |= texts
    # Pages repeating one sidebar or byline ("by X, 5 November 2012") are one vote, not one per page.
    refs = Counter({day: min(n, len(wordings[day])) for day, n in voters.items()})
    days = set(refs) | set(pubs)
    if within is not None:
        days = {d for d in days if within[0] <= d <= within[1]}
    ranked = [(d, refs[d] + PUBLICATION_WEIGHT * pubs[d], refs[d], pubs[d]) for d in days]
    ranked.sort(key=lambda r: (-r[1], r[0]))
    return ranked


def summarise_timeline(
    documents: Sequence[TimelineDocument],
    max_dates: int,
    sentences_per_date: int,
    *,
    keywords: Sequence[str] = (),
    within: tuple[date, date] | None = None,
    embed: Callable[[list[str]], Any] | None = None,
    prefer_language: str | None = None,
    dangling: Callable[[str, str | None], bool] | None = None,
) -> list[TimelineDate]:
    """A dated extractive summary: the top `max_dates` days, each with up to `sentences_per_date` sentences.

    Dates are chosen from every document whatever its language; with `prefer_language` a date's sentences
    come from documents in that language when it has any (a cross-lingual timeline read in one language).
    With `dangling(text, language)` a sentence it flags (one opening with "He", whom nobody can tell out of
    its article) is picked for its date only when the date has no other.
    """
    candidates: dict[date, list[TimelineSentence]] = defaultdict(list)
    keys = [k.lower() for k in keywords]
    df: Counter[str] = Counter()
    tok_of: dict[tuple[str, int], list[str]] = {}  # tokens of each candidate, computed once
    n_sent = 0
    for doc in documents:
        for sent in doc.sentences:
            toks = tokens(sent.text)
            df.update(set(toks))
            n_sent += 1
            if not MIN_TOKENS <= len(toks) <= MAX_TOKENS:
                continue
            tok_of[(sent.article_id, sent.start)] = toks
            if keys and not any(k in sent.text.lower() for k in keys):
                continue
            for day in sent.refers_to:
                candidates[day].append(sent)
            # A lead sentence that names no day reports what happened on its publication day.
            if not sent.refers_to and doc.published is not None and sent.index < LEAD_SENTENCES:
                candidates[doc.published].append(sent)
    idf = {t: math.log((n_sent + 1) / (c + 1)) + 1.0 for t, c in df.items()}
    language_of = {doc.article_id: doc.language for doc in documents}
    chosen: list[TimelineDate] = []
    for day, score, n_refs, n_pubs in rank_dates(documents, within=within):
        if len(chosen) >= max_dates:
            break
        cands = candidates.get(day, [])
        if prefer_language is not None:
            cands = [c for c in cands if language_of.get(c.article_id) == prefer_language] or cands
        if dangling is not None:
            named = [c for c in cands if not dangling(c.text, language_of.get(c.article_id))]
            picked = _pick_sentences(named or cands, sentences_per_date, idf, tok_of)
        else:
            picked = _pick_sentences(cands, sentences_per_date, idf, tok_of)
        if picked:
            chosen.append(TimelineDate(day, score, n_refs, n_pubs, picked))
    chosen.sort(key=lambda t: t.day)
    return chosen


def _pick_sentences(
    cands: list[TimelineSentence], k: int, idf: dict[str, float], tok_of: dict[tuple[str, int], list[str]]
) -> list[TimelineSentence]:
    if not cands:
        return []
    unique = list({(c.article_id, c.start): c for c in cands}.values())
    vecs = _tfidf([tok_of.get((c.article_id, c.start)) or tokens(c.text) for c in unique], idf)
    centroid: Counter[str] = Counter()
    per_article = Counter(c.article_id for c in unique)
    for c, v in zip(unique, vecs, strict=True):
        w = per_article[c.article_id] ** ARTICLE_DEPTH
        centroid.update({t: x * w for t, x in v.items()})
    norm = math.sqrt(sum(x * x for x in centroid.values())) or 1.0
    cvec = {t: x / norm for t, x in centroid.items()}
    order = sorted(range(len(unique)), key=lambda i: -_cos(vecs[i], cvec))
    picked: list[int] = []
    for i in order:
        if len(picked) >= k:
            break
        if any(_cos(vecs[i], vecs[j]) > REDUNDANCY_COSINE for j in picked):
            continue
        picked.append(i)
    return [unique[i] for i in picked]


@cache
def _timex_finder() -> Callable[..., Any] | None:
    import importlib

    try:
        module = importlib.import_module("storyline.timex")
    except ModuleNotFoundError as exc:
        if exc.name == "storyline.timex":
            return None
        raise
    # While the timex package is being built it may not export its finder yet.
    return getattr(module, "find_time_expressions", None)


def timex_available() -> bool:
    """True when the timex stage is installed (date references can be counted)."""
    return _timex_finder() is not None


def find_day_references(text: str, lang: str | None, anchor: datetime | None) -> list[tuple[int, int, Any]]:
    """(start, end, value) of the time expressions in `text` (empty when the timex stage is missing)."""
    finder = _timex_finder()
    if finder is None:
        return []
    out = []
    for tx in finder(text, lang, anchor):
        fields: dict[str, Any] = (
            tx if isinstance(tx, dict) else {k: getattr(tx, k, None) for k in ("type", "start", "end", "value")}
        )
        if fields.get("type") not in (None, "DATE", "TIME"):
            continue
        out.append((int(fields["start"]), int(fields["end"]), fields.get("value")))
    return out
