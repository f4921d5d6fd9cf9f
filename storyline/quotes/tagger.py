"""A learned token tagger over what the quote finder found: adds attributions the finder missed.

The rules, the parse path and the learned filter decide quotation by quotation; what none of them
proposes is never found. A linear-chain CRF (python-crfsuite) labels every token of a paragraph as
content (B-C/I-C), cue (B-Q/I-Q), source (B-S/I-S) or outside (O), reading the finder's own evidence as
features (stacking): where its kept and filtered-out quotations, their cues and speakers lie,
quotation-mark state, rule-lexicon and learned cue forms, which side of a cue form in its sentence a word
lies, word identity, suffix and shape, sentence edges. It is trained on the gold attributions the finder
misses (`tagger_train`), so it tags what is left to find. Then `merge`: a tagged content span no kept
quotation touches becomes a new quotation when the tagger also tagged its cue and its source in the
sentence and the span's mean content marginal reaches the model's threshold; its speaker is the tagged
source resolved by the finder's speaker machinery (spans without a tagged source had the wrong speaker in
9 of 10 held-out matches).

Measured on PolNeAR train (learned on the first 630 documents, scored on the last 210) and dropped:
labels of every attribution (the tagger then mostly copies the finder; its new spans are 50% right, not
66%); splitting a found quotation where the tagger starts a second claim inside it (F1@0.3 -0.005, F1@0.8
-0.013; with a tagged cue between them +0.001 / -0.004); dropping found quotations the tagger gives little
content weight (F1@0.3 -0.008 at a mean marginal of 0.1).

The model lives in `storyline/quotes/data/<lang>_tagger.crfsuite` with its settings in `<lang>_tagger.json`
(language data modules name it as LEARNED_TAGGER), learned by `python -m storyline.quotes.tagger_train`
from PolNeAR train (never dev); languages without one are left as the finder leaves them.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import cache, cached_property
from itertools import compress, pairwise
from operator import itemgetter
from pathlib import Path
from typing import TYPE_CHECKING, cast

from storyline.quotes.base import Quote
from storyline.quotes.scorer import read_learned
from storyline.quotes.speakers import tokenize

if TYPE_CHECKING:
    from storyline.quotes.extract import QuoteFinder

DATA_DIR = Path(__file__).parent / "data"
LABELS = ("O", "B-C", "I-C", "B-Q", "I-Q", "B-S", "I-S")
_CONTENT = ("B-C", "I-C")
_WORD = re.compile(r"\w")


@dataclass(frozen=True)
class Evidence:
    """What the finder knows of one text, the tagger's input (plain data, so train can cache it)."""

    text: str
    token: re.Pattern[str]
    paragraphs: Sequence[tuple[int, int]]
    sentences: Sequence[tuple[int, int]]
    cues: dict[int, int]  # start offset of a rule cue -> its length in tokens
    constructions: frozenset[int]
    marked: Sequence[tuple[int, int]]  # quotation marks' outer spans, text order
    kept: Sequence[Quote]
    dropped: Sequence[Quote]
    forms: frozenset[str]  # learned cue forms (the parse path's)

    @cached_property
    def sentence_starts(self) -> frozenset[int]:
        """Start offsets of the sentences."""
        return frozenset(s for s, _e in self.sentences)

    @cached_property
    def reaches(self) -> list[tuple[int, int, Quote]]:
        """(first, last offset, quotation) of each kept quotation over its content, cue and speaker."""
        out = []
        for q in self.kept:
            reach = [q.start, q.end, *(q.cue or ()), *((q.speaker.span or ()) if q.speaker is not None else ())]
            out.append((min(reach), max(reach), q))
        return out


def _shape(word: str) -> str:
    first = word[0]
    if not first.isalnum():
        return "p" + first
    if first.isdigit():
        return "d"
    if word.isupper():
        return "X" if len(word) > 1 else "X1"
    if first.isupper():
        return "Xx"
    return "x"


def _spread(
    starts: list[int], ends: list[int], spans: Iterable[tuple[int, int]], feats: list[list[str]], tag: str
) -> None:
    """Adds `tag`+"B" to the first token inside each span and `tag`+"I" to the others."""
    opening, inside = tag + "B", tag + "I"
    for a, b in spans:
        i = bisect_left(ends, a + 1)
        j = bisect_right(starts, b - 1)
        if i < j:
            feats[i].append(opening)
            for k in range(i + 1, j):
                feats[k].append(inside)


def paragraph_tokens(ev: Evidence, start: int, end: int) -> list[tuple[int, int, str]]:
    """(start, end, text) of the tokens of `ev.text[start:end]`."""
    return [(m.start(), m.end(), m.group()) for m in ev.token.finditer(ev.text, start, end)]


def worth_tagging(ev: Evidence, start: int, end: int) -> bool:
    """True when the paragraph holds something of speech: a cue form, a quotation mark, a found quotation."""
    for pos in ev.cues:
        if start <= pos < end:
            return True
    if any(start <= pos < end for pos in ev.constructions):
        return True
    if any(a < end and start < b for a, b in ev.marked):
        return True
    if any(q.start < end and start < q.end for q in (*ev.kept, *ev.dropped)):
        return True
    low = ev.text[start:end].lower()
    return any(w in ev.forms for w in re.findall(r"\w+", low))


# Token text -> (lower-case form, its own word features, its features as a neighbour at -2, -1, +1, +2); a
# bounded cache, since building these strings was most of the tagger's cost.
_Word = tuple[str, tuple[str, ...], str, str, str, str]
_WORD_CACHE: dict[str, _Word] = {}
_WORD_CACHE_SIZE = 100_000
_NONE: tuple[str, ...] = ()
# A token's side features by index: 1 cL (a cue form earlier in its sentence), 2 cR (one later), 4 bos.
_SIDES = tuple(tuple(x for x, bit in (("cL", 1), ("cR", 2), ("bos", 4)) if i & bit) for i in range(8))
_first = itemgetter(0)
_text = itemgetter(2)


class _Prefixed(dict[str, str]):
    """Evidence tag -> its name on a neighbouring token (prefix + tag), made on first use."""

    def __init__(self, prefix: str):
        super().__init__()
        self.prefix = prefix

    def __missing__(self, tag: str) -> str:
        self[tag] = named = self.prefix + tag
        return named


_BEFORE = _Prefixed("-1")  # on the next token
_AFTER = _Prefixed("+1")  # on the previous token


def _word(g: str) -> _Word:
    hit = _WORD_CACHE.get(g)
    if hit is None:
        low = g.lower()
        own: tuple[str, ...] = ("w=" + low, "sh=" + _shape(g))
        if len(low) > 3:
            own += ("suf=" + low[-3:],)
        hit = (low, own, "w-2=" + low, "w-1=" + low, "w+1=" + low, "w+2=" + low)
        if len(_WORD_CACHE) < _WORD_CACHE_SIZE:
            _WORD_CACHE[g] = hit
    return hit


def features(ev: Evidence, toks: list[tuple[int, int, str]]) -> list[list[str]]:
    """The CRF features of each token of one paragraph.

    Built column by column with C-level helpers (map, compress, one zip over shifted columns): a loop of
    appends per token was half the tagger's time.
    """
    n = len(toks)
    starts = [t[0] for t in toks]
    ends = [t[1] for t in toks]
    texts = list(map(_text, toks))
    cached = list(map(_WORD_CACHE.get, texts))
    words = list(map(_word, texts)) if None in cached else cast(list[_Word], cached)
    tags: list[list[str]] = [[] for _ in starts]
    at = dict(zip(starts, range(n), strict=True))
    for s in at.keys() & ev.cues.keys():
        tags[at[s]].append("cue")
    for s in at.keys() & ev.constructions:
        tags[at[s]].append("con")
    for k in compress(range(n), map(ev.forms.__contains__, map(_first, words))):
        tags[k].append("lf")
    cued = list(map(bool, tags))
    first, last = starts[0], ends[-1]
    _spread(starts, ends, ((a, b) for a, b in ev.marked if a < last and first < b), tags, "m")
    for lo, hi, q in ev.reaches:
        if hi <= first or lo >= last:
            continue
        how = q.extra.get("attributed", "r")[0]
        _spread(starts, ends, [(q.start, q.end)], tags, f"k{q.kind[0]}{how}")
        if q.cue is not None:
            _spread(starts, ends, [q.cue], tags, "kc")
        if q.speaker is not None and q.speaker.span is not None:
            _spread(starts, ends, [q.speaker.span], tags, "ks")
    _spread(starts, ends, ((q.start, q.end) for q in ev.dropped if q.start < last and first < q.end), tags, "d")
    opens = list(map(ev.sentence_starts.__contains__, starts))
    opens[0] = True
    side = [4 if o else 0 for o in opens]
    if True in cued:
        # Whether a cue form comes earlier (cL) / later (cR) in the token's sentence (which side of its cue a
        # word lies): right of a sentence's first cue form, left of its last.
        edges = [*compress(range(n), opens), n]
        for a, b in pairwise(edges):
            hits = list(compress(range(a, b), cued[a:b]))
            if hits:
                for k in range(hits[0] + 1, b):
                    side[k] += 1
                for k in range(a, hits[-1]):
                    side[k] += 2
    sides = list(map(_SIDES.__getitem__, side))
    named_before, named_after = _BEFORE.__getitem__, _AFTER.__getitem__
    before = [tuple(map(named_before, f)) if f else _NONE for f in tags]
    after = [tuple(map(named_after, f)) if f else _NONE for f in tags]
    columns = (words, tags, sides, before, after)
    if n < 5:
        return [_edge_features(k, n, *columns) for k in range(n)]
    out = [_edge_features(0, n, *columns), _edge_features(1, n, *columns)]
    out += [
        [*w[1], *t, *sd, w1[3], *b1, w2[2], v1[4], *a1, v2[5]]
        for w, t, sd, w1, b1, w2, v1, a1, v2 in zip(
            words[2 : n - 2],
            tags[2 : n - 2],
            sides[2 : n - 2],
            words[1 : n - 3],
            before[1 : n - 3],
            words[: n - 4],
            words[3 : n - 1],
            after[3 : n - 1],
            words[4:],
            strict=True,
        )
    ]
    out.append(_edge_features(n - 2, n, *columns))
    out.append(_edge_features(n - 1, n, *columns))
    return out


def _edge_features(
    k: int,
    n: int,
    words: list[_Word],
    tags: list[list[str]],
    sides: list[tuple[str, ...]],
    before: list[tuple[str, ...]],
    after: list[tuple[str, ...]],
) -> list[str]:
    """`features` of token k of n when it has fewer than two tokens on a side (the zip covers the others)."""
    f = [*words[k][1], *tags[k], *sides[k]]
    if k > 0:
        f.append(words[k - 1][3])
        f += before[k - 1]
        if k > 1:
            f.append(words[k - 2][2])
    else:
        f.append("BOP")
    if k + 1 < n:
        f.append(words[k + 1][4])
        f += after[k + 1]
        if k + 2 < n:
            f.append(words[k + 2][5])
    else:
        f.append("EOP")
    return f


def runs(labels: Sequence[str], prefix: str) -> list[tuple[int, int]]:
    """Token ranges [i, j) of the spans tagged B-/I-`prefix` (an I after another label opens one too)."""
    spans = []
    begin = None
    for k, label in enumerate(labels):
        inside = label[2:] == prefix
        if begin is not None and (not inside or label[0] == "B"):
            spans.append((begin, k))
            begin = None
        if inside and begin is None:
            begin = k
    if begin is not None:
        spans.append((begin, len(labels)))
    return spans


@dataclass
class Tagged:
    """One paragraph's tokens, labels and content marginals."""

    tokens: list[tuple[int, int, str]]
    labels: list[str]
    content: list[float]  # marginal probability of B-C or I-C per token


class Tagger:
    """A loaded CRF model with its merge threshold."""

    def __init__(self, model: Path, threshold: float, min_words: int, own_cue: bool = True):
        import pycrfsuite

        self.crf = pycrfsuite.Tagger()
        self.crf.open(str(model))
        self.threshold = threshold
        self.min_words = min_words
        self.own_cue = own_cue  # a new quotation needs a cue the tagger tagged

    def tag(self, ev: Evidence) -> list[Tagged]:
        """Labels of every paragraph worth tagging."""
        result = []
        for start, end in ev.paragraphs:
            if not worth_tagging(ev, start, end):
                continue
            toks = paragraph_tokens(ev, start, end)
            if not toks:
                continue
            labels = self.crf.tag(features(ev, toks))
            marginal = self.crf.marginal
            content = [
                marginal("B-C", k) + marginal("I-C", k) if labels[k] in _CONTENT else 0.0 for k in range(len(toks))
            ]
            result.append(Tagged(toks, labels, content))
        return result


@cache
def load_tagger(name: str) -> Tagger:
    """The tagger model `name` under data/ with its settings (`<name>.json`), loaded once."""
    raw = read_learned(name, "quote tagger", "python -m storyline.quotes.tagger_train", suffix=".json")
    return Tagger(DATA_DIR / name, float(raw["threshold"]), int(raw["min_words"]))


def _words(toks: list[tuple[int, int, str]], i: int, j: int) -> int:
    return sum(1 for t in toks[i:j] if t[2][0].isalnum())


def _nearest(spans: list[tuple[int, int]], s: int, e: int, lo: int, hi: int) -> tuple[int, int] | None:
    """The span of `spans` inside [lo, hi) closest to the content [s, e), outside it."""
    near = [(min(abs(a - e), abs(s - b)), (a, b)) for a, b in spans if lo <= a and b <= hi and (b <= s or a >= e)]
    return min(near)[1] if near else None


def _rule_cue(finder: QuoteFinder, lo: int, hi: int, s: int, e: int) -> tuple[int, int] | None:
    """The rule lexicon's cue in [lo, hi) nearest the content [s, e), outside it."""
    spans = []
    for pos, n in finder.cues.items():
        if lo <= pos < hi and not s <= pos < e:
            toks = [m.end() for _, m in zip(range(n), finder.lex.token.finditer(finder.text, pos, hi), strict=False)]
            if toks:
                spans.append((pos, toks[-1]))
    return _nearest(spans, s, e, lo, hi)


def _colon_label(finder: QuoteFinder, cue: tuple[int, int], source: tuple[int, int]) -> bool:
    """True when the tagged cue is a mark (a headline's colon) and every word of the tagged `source` is one the
    lexicon names as no name ("Q:", "Credit:", "More:"), as the colon rule passes over them (`base.py`)."""
    if _WORD.search(finder.text, *cue):
        return False
    words = [t.low for t in tokenize(finder.text, *source, finder.lex.token) if t.is_word]
    return bool(words) and all(w in finder.lex.not_names for w in words)


def merge(finder: QuoteFinder, tagged: list[Tagged], kept: list[Quote], tagger: Tagger) -> list[Quote]:
    """`kept` with the tagger's additions: new quotations for confident content spans no kept quotation touches."""
    quotes = list(kept)
    for para in tagged:
        toks, labels = para.tokens, para.labels
        cues = [(toks[i][0], toks[j - 1][1]) for i, j in runs(labels, "Q")]
        sources = [(toks[i][0], toks[j - 1][1]) for i, j in runs(labels, "S")]
        for i, j in runs(labels, "C"):
            s, e = toks[i][0], toks[j - 1][1]
            if any(q.start < e and s < q.end for q in quotes):
                continue
            if _words(toks, i, j) < tagger.min_words or sum(para.content[i:j]) / (j - i) < tagger.threshold:
                continue
            sentence = finder.sentences[finder._sentence_of(s)]
            lo, hi = min(sentence.start, s), max(sentence.end, e)
            cue = _nearest(cues, s, e, lo, hi)
            if cue is None and tagger.own_cue:
                continue
            cue = cue or _rule_cue(finder, lo, hi, s, e)
            if cue is not None and finder.seen_only(cue, e):
                continue  # "The world saw a different side of the pontiff": what the parse path turns down too
            source = _nearest(sources, s, e, lo, hi)
            if source is not None and cue is not None and _colon_label(finder, cue, source):
                continue  # "Q: Can I renew my work visa …": a page or section label before a colon names no one
            speaker = finder.source_speaker(source) if source is not None else None
            if speaker is None:
                # Held-out train (last 210, learned on 630): new quotations with a tagged source had the right
                # speaker in 33 of 37 matches; with the cue's rule subject 1 of 4, with none 0 of 6. A source of
                # no word ("'" of "Let 's see" in tokenised text) is none.
                continue
            quoted = finder._quoted_words(s, e)
            kind = "reported" if quoted is None else "direct"
            quotes.append(Quote(s, e, kind, cue, speaker, {"attributed": "tagger", **(quoted or {})}))
    return sorted(quotes, key=lambda q: (q.start, -q.end))


def evidence(finder: QuoteFinder, kept: Sequence[Quote], dropped: Sequence[Quote], forms: frozenset[str]) -> Evidence:
    """The tagger's input from a finder that has run, its kept and its filtered-out quotations."""
    return Evidence(
        finder.text,
        finder.lex.token,
        finder.paragraphs,
        [(s.start, s.end) for s in finder.sentences],
        finder.cues,
        frozenset(finder.constructions),
        [(m.outer_start, m.outer_end) for m in finder.quoted],
        list(kept),
        list(dropped),
        forms,
    )


def apply_tagger(
    finder: QuoteFinder, kept: list[Quote], dropped: list[Quote], forms: frozenset[str], tagger: Tagger
) -> list[Quote]:
    """The finder's kept quotations with the tagger's additions."""
    ev = evidence(finder, kept, dropped, forms)
    return merge(finder, tagger.tag(ev), kept, tagger)
