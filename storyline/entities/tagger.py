"""A small multilingual name tagger: hashed features, averaged structured perceptron, BIO Viterbi.

Pure numpy, no model download: the weights ship in `storyline/entities/data/tagger.npz`, rebuilt by
`python -m storyline.entities.train --data ../shared/eval/slavicner/documents.jsonl` (see data/README.md).
Features are word-intrinsic (lower-cased form, suffixes, prefix, shape) and contextual (neighbour words,
shapes and suffixes, which carry Slavic case agreement such as `prezydenta Rosji`), each conjoined with
nothing but the string itself, so one model serves every language it was trained on.
"""

from __future__ import annotations

import zlib
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np

from storyline.entities.tokens import shape

TYPES = ("PER", "ORG", "LOC", "EVT", "PRO")
TAGS = ("O", *tuple(f"{p}-{t}" for t in TYPES for p in ("B", "I")))
_N_TAGS = len(TAGS)
_O = 0
DEFAULT_BITS = 19  # 2^19 hashed feature rows; fewer collide visibly on the SlavicNER dev topics


def _allowed_transitions() -> np.ndarray:
    """Mask of BIO transitions: I-X only after B-X or I-X (and never at a sequence start)."""
    ok = np.ones((_N_TAGS, _N_TAGS), dtype=bool)  # ok[prev, cur]
    for cur, tag in enumerate(TAGS):
        if tag.startswith("I-"):
            for prev, ptag in enumerate(TAGS):
                ok[prev, cur] = ptag[2:] == tag[2:] and ptag != "O"
    return ok


_ALLOWED = _allowed_transitions()
_START_OK = np.array([not t.startswith("I-") for t in TAGS])
_NEG = -1e9


@dataclass
class Featurizer:
    """Turns token sequences into padded arrays of hashed feature rows (row 0 is the zero padding row)."""

    bits: int = DEFAULT_BITS
    _cache: dict[tuple[str, str], tuple[list[int], list[int], list[int], list[int], list[int]]] = field(
        default_factory=dict, repr=False
    )

    def _h(self, feature: str) -> int:
        return (zlib.crc32(feature.encode("utf-8")) & ((1 << self.bits) - 1)) | 1  # never 0 (padding)

    def _word(self, word: str, lang: str) -> tuple[list[int], list[int], list[int], list[int], list[int]]:
        key = (word, lang)
        got = self._cache.get(key)
        if got is not None:
            return got
        low = word.lower()
        sh = shape(word)
        h = self._h
        own = [
            h("b"),
            h("w=" + low),
            h("s2=" + low[-2:]),
            h("s3=" + low[-3:]),
            h("s4=" + low[-4:]),
            h("p3=" + low[:3]),
            h("sh=" + sh),
            h(f"L={lang}|sh={sh}"),
            h(f"W={word}"),
        ]
        prev = [h("pw=" + low), h("psh=" + sh), h("ps3=" + low[-3:])]
        nxt = [h("nw=" + low), h("nsh=" + sh), h("ns3=" + low[-3:])]
        prev2 = [h("p2w=" + low)]
        next2 = [h("n2w=" + low)]
        got = (own, prev, nxt, prev2, next2)
        if len(self._cache) > 500_000:  # bound memory on long runs; the hot words come back at once
            self._cache.clear()
        self._cache[key] = got
        return got

    def features(self, words: Sequence[str], lang: str) -> np.ndarray:
        """(n_tokens, n_features) int32 rows for one sequence."""
        parts = [self._word(w, lang) for w in words]
        n = len(words)
        rows: list[list[int]] = []
        h = self._h
        bos = [h("bos")]
        eos = [h("eos")]
        for i in range(n):
            row = list(parts[i][0])
            row += parts[i - 1][1] if i > 0 else bos
            row += parts[i + 1][2] if i + 1 < n else eos
            row += parts[i - 2][3] if i > 1 else bos
            row += parts[i + 2][4] if i + 2 < n else eos
            if i == 0:
                row.append(h("first|" + shape(words[0])))
            rows.append(row)
        width = max((len(r) for r in rows), default=0)
        out = np.zeros((n, width), dtype=np.int32)
        for i, r in enumerate(rows):
            out[i, : len(r)] = r
        return out


@dataclass
class Tagger:
    """Weights of the structured perceptron and its decoder."""

    weights: np.ndarray  # (2^bits, n_tags) float32
    transitions: np.ndarray  # (n_tags, n_tags)
    start: np.ndarray  # (n_tags,)
    featurizer: Featurizer

    @classmethod
    def empty(cls, bits: int = DEFAULT_BITS) -> Tagger:
        """A zero model to train."""
        return cls(
            np.zeros((1 << bits, _N_TAGS), dtype=np.float32),
            np.zeros((_N_TAGS, _N_TAGS), dtype=np.float32),
            np.zeros(_N_TAGS, dtype=np.float32),
            Featurizer(bits),
        )

    def emissions(self, feats: np.ndarray) -> np.ndarray:
        """Per-token tag scores."""
        return self.weights[feats].sum(axis=1)

    def viterbi(self, emissions: np.ndarray) -> list[int]:
        """Best BIO-consistent tag sequence."""
        n = emissions.shape[0]
        if n == 0:
            return []
        trans = np.where(_ALLOWED, self.transitions, _NEG)
        score = emissions[0] + np.where(_START_OK, self.start, _NEG)
        back = np.zeros((n, _N_TAGS), dtype=np.int8)
        for i in range(1, n):
            cand = score[:, None] + trans
            back[i] = cand.argmax(axis=0)
            score = cand.max(axis=0) + emissions[i]
        best = [int(score.argmax())]
        for i in range(n - 1, 0, -1):
            best.append(int(back[i, best[-1]]))
        best.reverse()
        return best

    def tag(self, words: Sequence[str], lang: str) -> list[int]:
        """Tag ids for one sequence of words."""
        if not words:
            return []
        return self.viterbi(self.emissions(self.featurizer.features(words, lang)))

    def save(self, path: Path, min_weight: float = 0.0) -> None:
        """Store the non-zero rows only (float16), so the shipped file stays small."""
        keep = np.abs(self.weights).max(axis=1) > min_weight
        rows = np.nonzero(keep)[0].astype(np.int32)
        np.savez_compressed(
            path,
            bits=np.array([self.featurizer.bits]),
            rows=rows,
            values=self.weights[rows].astype(np.float16),
            transitions=self.transitions,
            start=self.start,
        )

    @classmethod
    def load(cls, path: Path) -> Tagger:
        """Read a model written by `save`."""
        with np.load(path) as data:
            bits = int(data["bits"][0])
            weights = np.zeros((1 << bits, _N_TAGS), dtype=np.float32)
            weights[data["rows"]] = data["values"].astype(np.float32)
            return cls(
                weights, data["transitions"].astype(np.float32), data["start"].astype(np.float32), Featurizer(bits)
            )


def decode_spans(tags: Sequence[int]) -> list[tuple[int, int, str]]:
    """(first token, last token + 1, type) runs of a BIO tag sequence."""
    out: list[tuple[int, int, str]] = []
    begin = -1
    kind = ""
    for i, t in enumerate([*list(tags), _O]):
        label = TAGS[t]
        if begin >= 0 and not (label.startswith("I-") and label[2:] == kind):
            out.append((begin, i, kind))
            begin = -1
        if label.startswith("B-") or (label.startswith("I-") and begin < 0):
            begin, kind = i, label[2:]
    return out


def encode_tags(n: int, spans: Sequence[tuple[int, int, str]]) -> np.ndarray:
    """BIO tag ids for `n` tokens from (first, last + 1, type) runs."""
    tags = np.zeros(n, dtype=np.int64)
    for a, b, kind in spans:
        tags[a] = TAGS.index("B-" + kind)
        for i in range(a + 1, b):
            tags[i] = TAGS.index("I-" + kind)
    return tags


def train(
    tagger: Tagger,
    sequences: Sequence[tuple[np.ndarray, np.ndarray]],
    epochs: int = 5,
    seed: int = 13,
    log: bool = True,
) -> Tagger:
    """Averaged structured perceptron over (features, gold tags) sequences; returns the averaged model."""
    rng = np.random.default_rng(seed)
    w = tagger.weights
    acc_w = np.zeros_like(w)
    t = tagger.transitions
    acc_t = np.zeros_like(t)
    s = tagger.start
    acc_s = np.zeros_like(s)
    c = 1.0
    order = np.arange(len(sequences))
    for epoch in range(epochs):
        rng.shuffle(order)
        wrong = 0
        total = 0
        for k in order:
            feats, gold = sequences[int(k)]
            pred = np.array(tagger.viterbi(tagger.emissions(feats)))
            total += len(gold)
            diff = pred != gold
            if diff.any():
                wrong += int(diff.sum())
                idx = np.nonzero(diff)[0]
                for tags_, sign in ((gold, 1.0), (pred, -1.0)):
                    rows = feats[idx]
                    cols = np.broadcast_to(tags_[idx][:, None], rows.shape)
                    mask = rows != 0
                    np.add.at(w, (rows[mask], cols[mask]), sign)
                    np.add.at(acc_w, (rows[mask], cols[mask]), sign * c)
                    s[tags_[0]] += sign if diff[0] else 0.0
                    acc_s[tags_[0]] += sign * c if diff[0] else 0.0
                    prev_ = tags_[:-1]
                    cur_ = tags_[1:]
                    changed = diff[1:] | diff[:-1]
                    np.add.at(t, (prev_[changed], cur_[changed]), sign)
                    np.add.at(acc_t, (prev_[changed], cur_[changed]), sign * c)
            c += 1
        if log:
            print(f"epoch {epoch + 1}: token error {wrong / max(total, 1):.4f}", flush=True)
    w -= acc_w / c
    t -= acc_t / c
    s -= acc_s / c
    return tagger
