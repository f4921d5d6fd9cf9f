"""A learned scorer for the parse path's candidate attributions: logistic regression over parse features.

The cue table (`parsed.CueTable`) keeps a candidate when its "lemma POS frame" key was precise enough in
PolNeAR train; that judges "say VERB ccomp" the same whether its subject is a senator or "it", and drops
every rare key. The scorer weighs the key together with its parts (lemma, frame, part of speech), the
cue's place in the parse, the kind of subject it has, the content's length and quotation marks, so rare
keys borrow strength from their lemma and frame, and weak subjects count against a claim.

Weights live in `storyline/quotes/data/<lang>_scorer.json`, learned by
`python -m storyline.quotes.train --scorer` from PolNeAR train (never dev); a numpy-free dot product
scores a candidate at run time.
"""

from __future__ import annotations

import json
import math
from bisect import bisect_left
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import cache
from itertools import repeat
from pathlib import Path
from typing import Any

from storyline.errors import NotFound
from storyline.quotes.attributes import children, lemma
from storyline.quotes.trees import Trees, from_json

DATA_DIR = Path(__file__).parent / "data"
_QUOTE_CHARS = frozenset('"“”„«»')
_MARKS = "storyline.quotes.marks"  # Doc.user_data key: the quotation-mark tokens' indices, in order and as a set
# Passes over the train candidates (held-out train tenth: candidate F1 flat beyond 6).
EPOCHS = 6
# Features seen fewer times than this in train carry no weight (a single occurrence is noise; keeps the file small).
MIN_FEATURE_COUNT = 3
_MODALS = frozenset({"will", "would", "could", "might", "may", "should", "can", "must"})


def _length_bucket(n: int) -> str:
    for bound in (3, 6, 11, 21, 41):
        if n < bound:
            return f"<{bound}"
    return ">40"


def _source_kind(source: Any | None) -> str:
    if source is None:
        return "none"
    if source.pos_ == "PRON":
        return "pron:" + source.lower_
    return source.pos_


def _marks(doc: Any) -> tuple[list[int], frozenset[int]]:
    """The indices of a parsed text's quotation-mark tokens, found once per text (not once per candidate: ~3%
    of the stage); a text without a quotation-mark character has none, and most parsed sentences have none."""
    found = doc.user_data.get(_MARKS)
    if found is None:
        text = doc.text
        marks = [t.i for t in doc if t.text in _QUOTE_CHARS] if any(c in text for c in _QUOTE_CHARS) else []
        found = doc.user_data[_MARKS] = (marks, frozenset(marks))
    return found


def _inside_quotes(tok: Any) -> bool:
    """True when an odd number of quotation marks precede the token in its parsed text."""
    return bisect_left(_marks(tok.doc)[0], tok.i) % 2 == 1


def _quoted(content: Sequence[Any], doc: Any) -> bool:
    """True when a token of `content` (tokens of `doc`) is a quotation mark."""
    marks = _marks(doc)[1]
    return bool(marks) and not marks.isdisjoint([t.i for t in content])


def features(tok: Any, frame: str, content: Sequence[Any], source: Any | None) -> list[str]:
    """Feature names of one candidate (cue token, frame, content tokens, source head) of `parsed.candidates`."""
    cue_lemma = lemma(tok).lower()
    key = f"{cue_lemma} {tok.pos_} {frame}"
    src = _source_kind(source)
    src_coarse = src.split(":")[0]
    words = sum(1 for t in content if t.is_alpha or t.like_num)
    kids = children(tok)
    deps = {c.dep_ for c in kids}
    modal = any(c.dep_ == "aux" and c.lower_ in _MODALS for c in kids)
    head_dep = tok.dep_ if tok.head.i != tok.i else "ROOT"
    first = content[0] if content else None
    return [
        "bias",
        "k=" + key,
        "l=" + cue_lemma,
        "f=" + frame,
        "p=" + tok.pos_,
        "t=" + tok.tag_,
        "d=" + head_dep,
        "s=" + src,
        "fs=" + frame + "|" + src_coarse,
        "ks=" + key + "|" + src_coarse,
        "len=" + _length_bucket(words),
        "flen=" + frame + "|" + _length_bucket(words),
        "q=" + str(_quoted(content, tok.doc)),
        "inq=" + str(_inside_quotes(tok)),
        "neg=" + str("neg" in deps),
        "modal=" + str(modal),
        "pass=" + str("auxpass" in deps or "nsubjpass" in deps),
        "after=" + str(bool(content) and content[0].i > tok.i),
        "first=" + (first.tag_ if first is not None else "-"),
        "lc=" + cue_lemma + "|" + (first.tag_ if first is not None else "-"),
        "w=" + tok.lower_,
        "c0=" + (first.lower_ if first is not None and not first.is_title else "-"),
        "sl=" + (lemma(source).lower() if source is not None and source.pos_ == "NOUN" else "-"),
        "hd=" + (lemma(tok.head).lower() + "|" + tok.dep_ if tok.head.i != tok.i else "ROOT"),
    ]


def _bucket(n: int, bounds: Sequence[int]) -> str:
    for bound in bounds:
        if n < bound:
            return f"<{bound}"
    return f">={bounds[-1]}"


def context_features(tok: Any, frame: str, content: Sequence[Any], source: Any | None) -> list[str]:
    """Features of a candidate's sentence: where the cue stands, how long the sentence is, how many clauses
    and reporting verbs compete in it and the content, whether the content ends the sentence or starts at a
    quotation mark, and whether the subject is a name."""
    sent = tok.sent
    n = len(sent)
    clauses = sum(1 for t in content if t.dep_ in ("ccomp", "advcl", "relcl", "conj") and t.pos_ in ("VERB", "AUX"))
    rival = sum(1 for t in sent if t.i != tok.i and t.dep_ == "ccomp" and t.head.i != tok.i)
    last = content[-1].i if content else tok.i
    ends = all(t.is_punct or t.is_space for t in sent[last + 1 - sent.start :]) if last < sent.end else True
    before = tok.doc[content[0].i - 1] if content and content[0].i > 0 else None
    named = source is not None and any(t.pos_ == "PROPN" for t in source.subtree)
    return [
        "pos=" + _bucket(tok.i - sent.start, (1, 3, 6, 12, 25)),
        "rpos=" + str(min(4, 5 * (tok.i - sent.start) // max(1, n))),
        "slen=" + _bucket(n, (8, 15, 25, 40, 60)),
        "cls=" + _bucket(clauses, (1, 2, 4)),
        "rival=" + _bucket(rival, (1, 2, 3)),
        "ends=" + str(ends),
        "qopen=" + str(before is not None and before.text in _QUOTE_CHARS),
        "sq=" + str(any(t.text in _QUOTE_CHARS for t in sent)),
        "named=" + str(named),
        "fe=" + frame + "|" + str(ends),
    ]


@dataclass(frozen=True)
class Scorer:
    """Logistic-regression weights over feature names, and the probability a candidate needs."""

    weights: dict[str, float]
    threshold: float
    forms: frozenset[str]  # word forms of the cue lemmas worth a parse
    crosses: tuple[tuple[str, ...], ...] = ()  # feature prefixes whose values are also weighed together
    trees: Trees | None = None  # boosted trees whose margin adds to the weights' (see `trees.py`)

    def probability(self, names: Iterable[str]) -> float:
        """The probability that a candidate with these features is a gold attribution."""
        if self.crosses:
            names = crossed(list(names), self.crosses)
        get = self.weights.get
        if self.trees is None:
            z = sum(map(get, names, repeat(0.0)))  # the same sum in the same order, without a generator
        else:
            names = list(names)
            z = sum(map(get, names, repeat(0.0))) + self.trees.margin(names)
        return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))


def crossed(names: list[str], crosses: Sequence[Sequence[str]]) -> list[str]:
    """`names` and the conjunctions of the values of each group of prefixes in `crosses` ("k=…", "len=…" ->
    "k&len=…|…"): a linear model weighs those combinations on their own."""
    values = dict(n.split("=", 1) for n in names if "=" in n)
    out = list(names)
    for group in crosses:
        if all(p in values for p in group):
            out.append("&".join(group) + "=" + "|".join(values[p] for p in group))
    return out


@cache
def load_scorer(name: str) -> Scorer:
    """The learned scorer `storyline/quotes/data/<name>` (see `python -m storyline.quotes.train --scorer`)."""
    raw = read_learned(name, "learned scorer", "python -m storyline.quotes.train --scorer")
    return from_raw(raw, frozenset(raw.get("forms", ())))


def read_learned(name: str, what: str, rebuild: str, suffix: str = "") -> dict[str, Any]:
    """The JSON of the learned file `storyline/quotes/data/<name>` (its `suffix` twin when given: a model's
    settings); NotFound naming the `rebuild` command when the file or its twin is missing."""
    path = DATA_DIR / name
    read = path.with_suffix(suffix) if suffix else path
    for needed in (path, read):
        if not needed.is_file():
            raise NotFound(f"{what} {needed} is missing; rebuild it with `{rebuild}`")
    return dict(json.loads(read.read_text(encoding="utf-8")))


def from_raw(raw: dict[str, Any], forms: frozenset[str] = frozenset()) -> Scorer:
    """A scorer from a learned file's JSON: weights, threshold, and where present crosses and trees."""
    crosses = tuple(tuple(g) for g in raw.get("crosses", ()))
    weights = {k: float(v) for k, v in raw.get("weights", {}).items()}
    trees = from_json(raw["trees"], 0.5) if "trees" in raw else None
    return Scorer(weights, float(raw["threshold"]), forms, crosses, trees)


def fit(
    samples: Sequence[tuple[list[str], bool]],
    epochs: int = EPOCHS,
    rate: float = 0.1,
    l2: float = 1e-5,
    min_count: int = MIN_FEATURE_COUNT,
    seed: int = 13,
) -> dict[str, float]:
    """Logistic-regression weights by stochastic gradient descent (samples in a `seed`-shuffled order)."""
    import random
    from collections import Counter

    seen = Counter(n for names, _ in samples for n in names)
    samples = [([n for n in names if seen[n] >= min_count], label) for names, label in samples]
    order = list(range(len(samples)))
    random.Random(seed).shuffle(order)
    weights: dict[str, float] = {}
    for epoch in range(epochs):
        step = rate / (1 + epoch)
        for k in order:
            names, label = samples[k]
            z = sum(weights.get(n, 0.0) for n in names)
            p = 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))
            g = p - (1.0 if label else 0.0)
            for n in names:
                w = weights.get(n, 0.0)
                weights[n] = w - step * (g + l2 * w)
    return {n: round(w, 3) for n, w in weights.items() if abs(w) >= 5e-3}
