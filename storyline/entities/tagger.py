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


def _prefix_crcs(*prefixes: str) -> tuple[int, ...]:
    return tuple(zlib.crc32(p.encode("utf-8")) for p in prefixes)


# CRCs of the fixed feature prefixes (see Featurizer._hp)
_B, _W, _S2, _S3, _S4, _P3, _SH, _WW, _P2, _P4, _S1, _GZ0, _GZ1 = _prefix_crcs(
    "b", "w=", "s2=", "s3=", "s4=", "p3=", "sh=", "W=", "p2=", "p4=", "s1=", "gz=0", "gz=1"
)
_PW, _PSH, _PS3, _NW, _NSH, _NS3, _MC, _MP, _ML, _PMC, _NMC, _P2W, _N2W = _prefix_crcs(
    "pw=", "psh=", "ps3=", "nw=", "nsh=", "ns3=", "mc=", "mp=", "ml=", "pmc=", "nmc=", "p2w=", "n2w="
)


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
    _prefix_crc: dict[str, int] = field(default_factory=dict, repr=False)

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

    def _hp(self, prefix: str) -> int:
        """Running CRC of a feature prefix: crc32(value, crc32(prefix)) == crc32(prefix + value)."""
        got = self._prefix_crc.get(prefix)
        if got is None:
            got = self._prefix_crc[prefix] = zlib.crc32(prefix.encode("utf-8"))
        return got

    def _word(self, word: str, lang: str) -> np.ndarray:
        key = (word, lang)
        got = self._cache.get(key)
        if got is not None:
            return got
        got = self.word_ids(word, lang)
        if len(self._cache) > 500_000:  # bound memory on long runs; the hot words come back at once
            self._cache.clear()
        self._cache[key] = got
        return got

    def word_ids(self, word: str, lang: str) -> np.ndarray:
        """The hashed feature ids one word has and lends its neighbours (uncached; see the class doc)."""
        # the hot path of cold caches (every new word): strings are encoded once and hashed by continuing
        # the CRC of each feature's prefix, not by building and encoding "prefix=value" strings
        crc = zlib.crc32
        hp = self._hp
        mask = (1 << self.bits) - 1
        low = word.lower()
        sh = shape(word)
        lb = low.encode("utf-8")
        s2, s3, s4 = low[-2:].encode("utf-8"), low[-3:].encode("utf-8"), low[-4:].encode("utf-8")
        shb = sh.encode("utf-8")
        crcs = [
            _B,
            crc(lb, _W),
            crc(s2, _S2),
            crc(s3, _S3),
            crc(s4, _S4),
            crc(low[:3].encode("utf-8"), _P3),
            crc(shb, _SH),
            crc(shb, hp(f"L={lang}|sh=")),
            crc(word.encode("utf-8"), _WW),
        ]
        if self.version >= 2:
            from storyline.entities.gazetteer import alias_key

            crcs += [
                crc(low[:2].encode("utf-8"), _P2),
                crc(low[:4].encode("utf-8"), _P4),
                crc(low[-1:].encode("utf-8"), _S1),
                crc(s3, hp(f"s3|{sh[:2]}=")),
                _GZ1 if len(word) > 2 and alias_key(word) else _GZ0,
            ]
        prev_ = [crc(lb, _PW), crc(shb, _PSH), crc(s3, _PS3)]
        next_ = [crc(lb, _NW), crc(shb, _NSH), crc(s3, _NS3)]
        if self.version >= 4:
            from storyline.entities.morph import morph_features

            classes, pos, base = morph_features(word, lang)
            # empty analyses take the padding row 0 (-1 below): languages without an analyser pay nothing
            cb = classes.encode("utf-8")
            crcs += [
                crc(cb, _MC) if classes else -1,
                crc(pos.encode("utf-8"), _MP) if pos else -1,
                crc(base.encode("utf-8"), _ML) if base else -1,
                crc(cb, hp(f"mc|{sh[:2]}=")) if classes else -1,
            ]
            both = f"{classes}|{pos}".encode() if pos else b""
            prev_.append(crc(both, _PMC) if pos else -1)
            next_.append(crc(both, _NMC) if pos else -1)
        crcs += [*prev_, *next_, crc(lb, _P2W), crc(lb, _N2W)]
        return np.array([(c & mask) | 1 if c >= 0 else 0 for c in crcs], dtype=np.int32)

    def features(self, words: Sequence[str], lang: str) -> np.ndarray:
        """(n_tokens, n_own + 2 * n_side + 4) int32 rows for one sequence."""
        n = len(words)
        k = self.n_own
        m = self.n_side
        out = np.zeros((n, k + 2 * m + 4), dtype=np.int32)
        if n == 0:
            return out
        get, make = self._cache.get, self._word
        rows = np.stack([row if (row := get((w, lang))) is not None else make(w, lang) for w in words])
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
    # word-score cache of `emissions_many`: (word, lang) → row of `_scores` (rows of five tag-score blocks)
    _score_index: dict[tuple[str, str], int] = field(default_factory=dict, repr=False)
    _scores: np.ndarray = field(default_factory=lambda: np.zeros((0, 5, _N_TAGS), dtype=np.float32), repr=False)

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
        # longest first, so the sequences still running at step t are a prefix of the batch (no masking)
        order = sorted(range(len(emissions)), key=lambda i: -emissions[i].shape[0])
        lengths = np.array([emissions[i].shape[0] for i in order])
        m, width = len(emissions), int(lengths[0])
        if width == 0:
            return [[] for _ in emissions]
        em = np.zeros((m, width, _N_TAGS), dtype=np.float32)
        for row, i in enumerate(order):
            em[row, : lengths[row]] = emissions[i]
        trans = np.where(_ALLOWED, self.transitions, _NEG).astype(np.float32)
        score = em[:, 0] + np.where(_START_OK, self.start, _NEG).astype(np.float32)
        back = np.zeros((m, width, _N_TAGS), dtype=np.int8)
        live = m
        for t in range(1, width):
            while lengths[live - 1] <= t:  # finished sequences keep their final scores
                live -= 1
            cand = score[:live, :, None] + trans[None]
            back[:live, t] = cand.argmax(axis=1)
            score[:live] = cand.max(axis=1) + em[:live, t]
        out: list[list[int]] = [[] for _ in emissions]
        best_last = score.argmax(axis=1)
        for row, i in enumerate(order):
            n = int(lengths[row])
            if n == 0:
                continue
            path = [int(best_last[row])]
            b = back[row]
            for t in range(n - 1, 0, -1):
                path.append(int(b[t, path[-1]]))
            path.reverse()
            out[i] = path
        return out

    def _word_rows(self, keys: Sequence[tuple[str, str]]) -> np.ndarray:
        """Row numbers in the word-score table of (word, lang) keys, scoring the words not seen yet."""
        index = self._score_index
        if len(index) > 500_000:  # bound memory on long runs, as the featurizer's cache does
            index.clear()
        new = [key for key in dict.fromkeys(keys) if key not in index]
        if new:
            f = self.featurizer
            k, m = f.n_own, f.n_side
            ids = np.stack([f.word_ids(w, lang) for w, lang in new])
            # the scores of a word's own features and of what it lends each neighbour: linear, so a
            # token's emission is the sum of these blocks from itself and its neighbours
            blocks = np.add.reduceat(self.weights[ids], [0, k, k + m, k + 2 * m, k + 2 * m + 1], axis=1)
            base = len(index)
            if self._scores.shape[0] < base + len(new):
                grown = np.zeros((max(2 * (base + len(new)), 4096), 5, _N_TAGS), dtype=np.float32)
                grown[:base] = self._scores[:base]
                self._scores = grown
            self._scores[base : base + len(new)] = blocks
            for n, key in enumerate(new):
                index[key] = base + n
        return np.fromiter((index[key] for key in keys), dtype=np.int64, count=len(keys))

    def emissions_many(self, sequences: Sequence[tuple[Sequence[str], str]]) -> list[np.ndarray]:
        """Per-token tag scores of many (words, lang) sequences, the same as `emissions(features(...))`.

        Each distinct word is scored once (five blocks: itself, and as previous, next, second previous,
        second next neighbour); a token then sums five cached blocks, not thirty weight rows.
        """
        f = self.featurizer
        if f.version == 3:  # bigram features are not word-intrinsic
            return [self.emissions(f.features(words, lang)) for words, lang in sequences]
        keys = [(w, lang) for words, lang in sequences for w in words]
        lengths = np.array([len(words) for words, _ in sequences], dtype=np.int64)
        if not keys:
            return [np.zeros((0, _N_TAGS), dtype=np.float32) for _ in sequences]
        rows = self._word_rows(keys)  # before reading `_scores`: scoring new words may grow it
        blocks = self._scores[rows]  # (tokens, 5, tags)
        starts = np.cumsum(lengths) - lengths
        pos = np.arange(len(keys)) - np.repeat(starts, lengths)  # position in its sequence
        rem = np.repeat(lengths, lengths) - 1 - pos  # tokens after it in its sequence
        w = self.weights
        bos, eos = w[f._h("bos")], w[f._h("eos")]
        em = blocks[:, 0].copy()
        em[1:] += np.where((pos[1:] >= 1)[:, None], blocks[:-1, 1], 0.0)
        em[pos == 0] += bos
        em[:-1] += np.where((rem[:-1] >= 1)[:, None], blocks[1:, 2], 0.0)
        em[rem == 0] += eos
        em[2:] += np.where((pos[2:] >= 2)[:, None], blocks[:-2, 3], 0.0)
        em[pos < 2] += bos
        em[:-2] += np.where((rem[:-2] >= 2)[:, None], blocks[2:, 4], 0.0)
        em[rem < 2] += eos
        live = [i for i, (words, _) in enumerate(sequences) if words]
        firsts = [f._h("first|" + shape(sequences[i][0][0])) for i in live]
        em[starts[live]] += w[firsts]
        return [em[a : a + n] for a, n in zip(starts.tolist(), lengths.tolist(), strict=True)]

    def tag_many(self, sequences: Sequence[tuple[Sequence[str], str]]) -> list[list[int]]:
        """Tag ids for many (words, lang) sequences: one gather for all emissions, one batched decode."""
        if not sequences:
            return []
        parts = self.emissions_many(sequences)
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
