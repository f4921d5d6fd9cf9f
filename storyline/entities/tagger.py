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
    """Turns token sequences into arrays of hashed feature rows (row 0 is the zero padding row).

    Each distinct word is hashed once into a row of 17 ids: 9 of its own features, then what it
    contributes as the previous (3), next (3), second previous (1) and second next (1) word; a sequence
    is assembled by shifting those blocks, so the per-token work is numpy, not Python.
    """

    bits: int = DEFAULT_BITS
    # 1: the first feature set; 2 adds short prefixes/suffixes, case-conjoined endings, gazetteer;
    # 3 adds word bigrams with the previous and next word; 4 is 2 plus dictionary name classes, parts of
    # speech and base forms (storyline/entities/morph.py) of the word and its neighbours
    version: int = 2
    _cache: dict[tuple[str, str], np.ndarray] = field(default_factory=dict, repr=False)

    @property
    def n_own(self) -> int:
        """How many word-intrinsic features a word has."""
        return {1: 9, 2: 14, 3: 14}.get(self.version, 18)

    @property
    def n_side(self) -> int:
        """How many features a word lends to its previous and to its next neighbour each."""
        return 3 if self.version < 4 else 4

    def _h(self, feature: str) -> int:
        return (zlib.crc32(feature.encode("utf-8")) & ((1 << self.bits) - 1)) | 1  # never 0 (padding)

    def _word(self, word: str, lang: str) -> np.ndarray:
        key = (word, lang)
        got = self._cache.get(key)
        if got is not None:
            return got
        low = word.lower()
        sh = shape(word)
        h = self._h
        own = [
            "b",
            "w=" + low,
            "s2=" + low[-2:],
            "s3=" + low[-3:],
            "s4=" + low[-4:],
            "p3=" + low[:3],
            "sh=" + sh,
            f"L={lang}|sh={sh}",
            f"W={word}",
        ]
        if self.version >= 2:
            from storyline.entities.gazetteer import alias_key

            own += [
                "p2=" + low[:2],
                "p4=" + low[:4],
                "s1=" + low[-1:],
                f"s3|{sh[:2]}=" + low[-3:],
                "gz=" + ("1" if len(word) > 2 and alias_key(word) else "0"),
            ]
        prev_ = ["pw=" + low, "psh=" + sh, "ps3=" + low[-3:]]
        next_ = ["nw=" + low, "nsh=" + sh, "ns3=" + low[-3:]]
        if self.version >= 4:
            from storyline.entities.morph import morph_features

            classes, pos, base = morph_features(word, lang)
            # empty analyses hash to the padding row 0: languages without an analyser pay nothing
            own += [
                f"mc={classes}" if classes else "",
                f"mp={pos}" if pos else "",
                f"ml={base}" if base else "",
                f"mc|{sh[:2]}={classes}" if classes else "",
            ]
            prev_.append(f"pmc={classes}|{pos}" if pos else "")
            next_.append(f"nmc={classes}|{pos}" if pos else "")
        feats = [*own, *prev_, *next_, "p2w=" + low, "n2w=" + low]
        got = np.array([h(f) if f else 0 for f in feats], dtype=np.int32)
        if len(self._cache) > 500_000:  # bound memory on long runs; the hot words come back at once
            self._cache.clear()
        self._cache[key] = got
        return got

    def features(self, words: Sequence[str], lang: str) -> np.ndarray:
        """(n_tokens, n_own + 2 * n_side + 4) int32 rows for one sequence."""
        n = len(words)
        k = self.n_own
        m = self.n_side
        out = np.zeros((n, k + 2 * m + 4), dtype=np.int32)
        if n == 0:
            return out
        rows = np.stack([self._word(w, lang) for w in words])
        bos, eos = self._h("bos"), self._h("eos")
        p, q, r = k + m, k + 2 * m, k + 2 * m + 1  # starts of the next block, second previous, second next
        out[:, 0:k] = rows[:, 0:k]
        out[1:, k:p] = rows[:-1, k:p]
        out[0, k] = bos
        out[:-1, p:q] = rows[1:, p:q]
        out[-1, p] = eos
        out[2:, q] = rows[:-2, q]
        out[: min(2, n), q] = bos
        out[:-2, r] = rows[2:, r]
        out[max(0, n - 2) :, r] = eos
        out[0, r + 1] = self._h("first|" + shape(words[0]))
        if self.version == 3:
            lows = [w.lower() for w in words]
            bigrams = np.zeros((n, 2), dtype=np.int32)
            for i in range(n):
                if i > 0:
                    bigrams[i, 0] = self._h(f"pb={lows[i - 1]}|{lows[i]}")
                if i + 1 < n:
                    bigrams[i, 1] = self._h(f"nb={lows[i]}|{lows[i + 1]}")
            out = np.concatenate([out, bigrams], axis=1)
        return out


@dataclass
class Tagger:
    """Weights of the structured perceptron and its decoder."""

    weights: np.ndarray  # (2^bits, n_tags) float32
    transitions: np.ndarray  # (n_tags, n_tags)
    start: np.ndarray  # (n_tags,)
    featurizer: Featurizer

    @classmethod
    def empty(cls, bits: int = DEFAULT_BITS, version: int = 2) -> Tagger:
        """A zero model to train."""
        return cls(
            np.zeros((1 << bits, _N_TAGS), dtype=np.float32),
            np.zeros((_N_TAGS, _N_TAGS), dtype=np.float32),
            np.zeros(_N_TAGS, dtype=np.float32),
            Featurizer(bits, version),
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

    def viterbi_batch(self, emissions: Sequence[np.ndarray]) -> list[list[int]]:
        """`viterbi` for many sequences at once: one numpy step per position of the longest sequence."""
        if not emissions:
            return []
        lengths = np.array([e.shape[0] for e in emissions])
        m, width = len(emissions), int(lengths.max())
        if width == 0:
            return [[] for _ in emissions]
        em = np.zeros((m, width, _N_TAGS), dtype=np.float32)
        for i, e in enumerate(emissions):
            em[i, : e.shape[0]] = e
        trans = np.where(_ALLOWED, self.transitions, _NEG).astype(np.float32)
        score = em[:, 0] + np.where(_START_OK, self.start, _NEG).astype(np.float32)
        back = np.zeros((m, width, _N_TAGS), dtype=np.int8)
        for t in range(1, width):
            cand = score[:, :, None] + trans[None]
            best_prev = cand.argmax(axis=1)
            new = np.take_along_axis(cand, best_prev[:, None, :], axis=1)[:, 0] + em[:, t]
            live = (lengths > t)[:, None]
            back[:, t] = best_prev
            score = np.where(live, new, score)  # finished sequences keep their final scores
        out: list[list[int]] = []
        for i in range(m):
            n = int(lengths[i])
            if n == 0:
                out.append([])
                continue
            path = [int(score[i].argmax())]
            for t in range(n - 1, 0, -1):
                path.append(int(back[i, t, path[-1]]))
            path.reverse()
            out.append(path)
        return out

    def tag_many(self, sequences: Sequence[tuple[Sequence[str], str]]) -> list[list[int]]:
        """Tag ids for many (words, lang) sequences: one gather for all emissions, one batched decode."""
        feats = [self.featurizer.features(words, lang) for words, lang in sequences]
        if not feats:
            return []
        allf = np.concatenate(feats) if len(feats) > 1 else feats[0]
        em = self.emissions(allf) if len(allf) else np.zeros((0, _N_TAGS), dtype=np.float32)
        bounds = np.cumsum([0] + [len(f) for f in feats])
        parts = [em[bounds[i] : bounds[i + 1]] for i in range(len(feats))]
        # sort by length so each decode batch pads little
        order = sorted(range(len(parts)), key=lambda i: len(parts[i]))
        result: list[list[int]] = [[] for _ in parts]
        for k in range(0, len(order), 256):
            idx = order[k : k + 256]
            for i, path in zip(idx, self.viterbi_batch([parts[i] for i in idx]), strict=True):
                result[i] = path
        return result

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
            version=np.array([self.featurizer.version]),
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
            version = int(data["version"][0]) if "version" in data else 1
            weights = np.zeros((1 << bits, _N_TAGS), dtype=np.float32)
            weights[data["rows"]] = data["values"].astype(np.float32)
            return cls(
                weights,
                data["transitions"].astype(np.float32),
                data["start"].astype(np.float32),
                Featurizer(bits, version),
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
