"""Duplicate links between articles: exact copies, near copies, and updated versions.

* **exact**: the same cleaned body (content hash), e.g. a wire story republished verbatim by another outlet;
* **update**: the same URL, or the same outlet and title, with changed text (a later version of one article);
* **near**: MinHash LSH (datasketch) over 3-word shingles of the folded text finds a copy with a changed
  headline, intro or a few edits, above the `near_duplicate_threshold` setting (estimated Jaccard).

Duplicates are linked (`Article.duplicate_of/_kind/_similarity`) and reported by ingest, never dropped.
Signatures are stored with `store.put_signature`, so `DuplicateIndex.from_store` rebuilds the LSH index
without re-reading any text. The MinHash is computed with numpy (word hashes combined into shingle hashes,
then 64 affine permutations), which is several times faster than hashing each shingle in Python.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from typing import TYPE_CHECKING, Any
from urllib.parse import parse_qsl, urlencode, urlsplit

import numpy as np

if TYPE_CHECKING:
    from storyline.model import Article
    from storyline.store import Store

# 64 permutations: estimated Jaccard within ±0.06 (1 s.d. at J=0.8), enough to separate copies (J > 0.8)
# from articles on the same story (J < 0.2 on the shared seeds), at half the cost of datasketch's default 128.
NUM_PERM = 64
SHINGLE_WORDS = 3
LSH_MARGIN = 0.2
MAX_PENDING = 1024
# Copies are recognised by their opening 200,000 characters (50 long articles' worth); the cap bounds the
# memory of the vectorised hashing (~40 bytes per character) for a pathological 50 MB input.
MAX_SIGNATURE_CHARS = 200_000
# Same outlet + title counts as an update only above this estimated Jaccard: a revised article keeps many of
# its 3-word shingles (a rewritten intro and an added paragraph keep ~0.5), a new text under a recurring title
# shares almost none (< 0.05 between unrelated articles of the shared seeds and demo corpus).
UPDATE_MIN_SIMILARITY = 0.2
_TRACKING = ("utm_", "fbclid", "gclid", "mc_", "ref", "at_")
_SEED = 20260108  # fixed: stored signatures are only comparable when computed with the same permutations
_SIGNATURE_DTYPE = np.dtype("<u4")
_MIX = (np.uint32(0x9E3779B1), np.uint32(0x85EBCA77))  # odd multipliers (golden ratio, murmur3) to mix word hashes
# Words are runs of ASCII letters/digits and non-ASCII characters in the UTF-8 bytes of the case-folded text,
# once non-ASCII punctuation and spaces are blanked, so "plan.", "„plan”" and "Plan" are one word in any script.
_NON_ASCII_BREAKS = re.compile(r"[«»„“”‘’‚‹›–—−…·•¿¡\u00a0\u2000-\u200b\u2028\u2029\u202f\u3000]")
_WORD_BYTE = np.zeros(256, dtype=bool)
_WORD_BYTE[[*range(48, 58), *range(97, 123), *range(65, 91), *range(128, 256)]] = True
_HASH_BASE = 0x100000001B3  # odd (the FNV-1 64-bit prime): invertible modulo 2**64
_POWERS: list[np.ndarray] = []  # [P**i, P**-i] mod 2**64 for i < len, grown on demand
_TITLE_WS = re.compile(r"\s+")


@dataclass(frozen=True)
class DuplicateMatch:
    """An earlier article this one duplicates: `kind` is exact, near or update."""

    kind: str
    of_id: str
    similarity: float


def _word_bounds(text: str) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """UTF-8 bytes of the folded text and the byte offsets where its words start and end."""
    folded = _NON_ASCII_BREAKS.sub(" ", text.casefold())
    data = np.frombuffer(folded.encode("utf-8"), dtype=np.uint8)
    edges = np.diff(_WORD_BYTE[data].astype(np.int8), prepend=np.int8(0), append=np.int8(0))
    return data, np.flatnonzero(edges == 1), np.flatnonzero(edges == -1)


def fold_words(text: str) -> list[str]:
    """The words `signature` shingles: case-folded, split at punctuation and spaces."""
    data, starts, ends = _word_bounds(text)
    raw = data.tobytes()
    return [raw[s:e].decode("utf-8") for s, e in zip(starts.tolist(), ends.tolist(), strict=True)]


def _powers(n: int) -> tuple[np.ndarray, np.ndarray]:
    if not _POWERS or len(_POWERS[0]) < n:
        size = max(n, 2 * len(_POWERS[0]) if _POWERS else 8192)
        base = np.full(size, _HASH_BASE, dtype=np.uint64)
        inverse = np.full(size, pow(_HASH_BASE, -1, 1 << 64), dtype=np.uint64)
        base[0] = inverse[0] = 1
        _POWERS[:] = [np.cumprod(base, dtype=np.uint64), np.cumprod(inverse, dtype=np.uint64)]
    return _POWERS[0], _POWERS[1]


def word_hashes(text: str) -> np.ndarray:
    """A 32-bit hash of every word, computed for all words at once (polynomial hash over the bytes)."""
    data, starts, ends = _word_bounds(text)
    if not len(starts):
        return np.zeros(0, dtype=np.uint32)
    power, inverse = _powers(len(data) + 1)
    prefix = np.zeros(len(data) + 1, dtype=np.uint64)
    # prefix[i] = sum of (byte_j + 1) * P**j for j < i, modulo 2**64 (numpy integer arithmetic wraps)
    np.cumsum((data.astype(np.uint64) + np.uint64(1)) * power[: len(data)], out=prefix[1:])
    h = (prefix[ends] - prefix[starts]) * inverse[starts]  # the word's hash as if it started at byte 0
    return ((h >> np.uint64(32)) ^ h).astype(np.uint32)


@cache
def _permutations() -> tuple[np.ndarray, np.ndarray]:
    rng = np.random.RandomState(_SEED)
    a = rng.randint(0, 1 << 31, NUM_PERM, dtype=np.uint32) * np.uint32(2) + np.uint32(1)  # odd: a bijection
    b = rng.randint(0, 1 << 32, NUM_PERM, dtype=np.uint64).astype(np.uint32)
    return a[:, None], b[:, None]


def signature(text: str) -> np.ndarray:
    """MinHash signature (NUM_PERM uint32 values) of the 3-word shingles of `text` (its first 200,000 characters)."""
    h = word_hashes(text[:MAX_SIGNATURE_CHARS])
    if not len(h):
        return np.full(NUM_PERM, np.iinfo(np.uint32).max, dtype=np.uint32)
    # A 3-word shingle's hash mixes its words' hashes (order-sensitive); texts under 3 words use the words.
    shingles = ((h[:-2] * _MIX[0]) ^ (h[1:-1] * _MIX[1]) ^ h[2:]) if len(h) >= SHINGLE_WORDS else h
    a, b = _permutations()
    with np.errstate(over="ignore"):
        return (a * shingles[None, :] + b).min(axis=1).astype(np.uint32)  # arithmetic mod 2**32


def similarity(sig_a: np.ndarray, sig_b: np.ndarray) -> float:
    """Estimated Jaccard similarity of two signatures."""
    return float(np.count_nonzero(sig_a == sig_b)) / NUM_PERM


@cache
def _minhash_options() -> dict[str, str]:
    """datasketch 2 wants the permutation scheme named when given hash values; 1.x has no schemes."""
    import inspect

    from datasketch import LeanMinHash

    return {"scheme": "affine32"} if "scheme" in inspect.signature(LeanMinHash.__init__).parameters else {}


def _to_minhash(sig: np.ndarray) -> Any:
    from datasketch import LeanMinHash

    return LeanMinHash(seed=_SEED, hashvalues=sig, **_minhash_options())


def _url_key(url: str | None) -> str | None:
    """The URL without scheme, `www.`, fragment, tracking parameters and trailing slash."""
    if not url or not url.strip():
        return None
    parts = urlsplit(url.strip())
    if not parts.netloc:
        return url.strip()
    query = [(k, v) for k, v in parse_qsl(parts.query, keep_blank_values=True) if not k.lower().startswith(_TRACKING)]
    host = parts.netloc.lower().removeprefix("www.")
    return f"{host}{parts.path.rstrip('/')}" + (f"?{urlencode(sorted(query))}" if query else "")


def _title_key(outlet: str | None, title: str | None) -> tuple[str, str] | None:
    if not outlet or not title or not title.strip():
        return None
    return outlet.strip().casefold(), _TITLE_WS.sub(" ", title.strip().casefold())


class DuplicateIndex:
    """Content hashes, URLs, outlet+title keys and an LSH index of the articles seen so far."""

    def __init__(self, threshold: float = 0.8):
        from datasketch import MinHashLSH

        if not 0.0 < threshold <= 1.0:
            raise ValueError(f"near-duplicate threshold {threshold} must be in (0, 1]; the default is 0.8")
        self.threshold = threshold
        # Candidates come from a lower LSH threshold, so copies estimated just above `threshold` are not lost
        # to banding (at 0.8 itself, 64 permutations miss a J=0.84 wire copy of the shared seed); each
        # candidate is then checked against `threshold` on the full signature.
        self._lsh = MinHashLSH(threshold=max(0.05, threshold - LSH_MARGIN), num_perm=NUM_PERM)
        self._pending: dict[str, np.ndarray] = {}  # signatures computed by match(), reused by add()
        self._hashes: dict[str, str] = {}  # content hashes computed by match(), reused by add()
        self._signatures: dict[str, np.ndarray] = {}
        self._by_hash: dict[str, str] = {}
        self._by_url: dict[str, str] = {}
        self._by_title: dict[tuple[str, str], str] = {}
        self.skipped_signatures = 0  # stored signatures of another size (written with other settings)

    @classmethod
    def from_store(cls, store: Store, threshold: float = 0.8) -> DuplicateIndex:
        """Rebuild the index from the stored articles and their signatures."""
        index = cls(threshold)
        rows = store.query("SELECT id, content_hash, url, outlet, title FROM articles ORDER BY ingested_at, id")
        for row in rows:
            index._remember(str(row["id"]), row["content_hash"], row["url"], row["outlet"], row["title"])
        for article_id, blob in store.iter_signatures():
            sig = np.frombuffer(blob, dtype=_SIGNATURE_DTYPE)
            if sig.shape != (NUM_PERM,):
                index.skipped_signatures += 1
                continue
            index._insert(article_id, sig.astype(np.uint32))
        return index

    def __len__(self) -> int:
        return len(self._signatures)

    def _remember(
        self, article_id: str, content_hash: str | None, url: str | None, outlet: str | None, title: str | None
    ) -> None:
        if content_hash:
            self._by_hash.setdefault(content_hash, article_id)
        if url:
            self._by_url.setdefault(_url_key(url) or url, article_id)
        key = _title_key(outlet, title)
        if key:
            self._by_title.setdefault(key, article_id)

    def _insert(self, article_id: str, sig: np.ndarray) -> None:
        if article_id in self._signatures:
            return
        self._signatures[article_id] = sig
        self._lsh.insert(article_id, _to_minhash(sig), check_duplication=False)

    def match(self, article: Article, sig: np.ndarray | None = None) -> DuplicateMatch | None:
        """The earlier article this one duplicates (exact, update or near), or None; `sig` if already computed."""
        own = article.id
        body_hash = article.content_hash
        self._hashes[own] = body_hash
        original = self._by_hash.get(body_hash)
        if original is not None and original != own:
            return DuplicateMatch("exact", original, 1.0)
        if len(self._pending) > MAX_PENDING or len(self._hashes) > MAX_PENDING:  # matched, never added
            self._pending.clear()
            self._hashes.clear()
        sig = self._pending[own] = signature(article.text) if sig is None else sig
        url = _url_key(article.url)
        earlier = self._by_url.get(url) if url else None
        if earlier is not None and earlier != own:
            # The same address: a later version however much was rewritten (a live page, a corrected story).
            other = self._signatures.get(earlier)
            return DuplicateMatch("update", earlier, round(similarity(sig, other), 4) if other is not None else 0.0)
        key = _title_key(article.outlet, article.title)
        earlier = self._by_title.get(key) if key else None
        if earlier is not None and earlier != own and (other := self._signatures.get(earlier)) is not None:
            # The same outlet and headline: an update only if the body was revised, not replaced (recurring
            # titles such as "Morning briefing" or "Live updates" name a new text every day).
            score = similarity(sig, other)
            if score >= UPDATE_MIN_SIMILARITY:
                return DuplicateMatch("update", earlier, round(score, 4))
        # sorted: the LSH answers from sets of ids, in an order that changes with each run's string hashing,
        # and among equal scores the first wins (the 20k bench linked one copy to either of two originals)
        candidates = sorted(c for c in self._lsh.query(_to_minhash(sig)) if c != own)
        if not candidates:
            return None
        # All candidates at once: one comparison of a (candidates x NUM_PERM) matrix.
        scores = (np.stack([self._signatures[c] for c in candidates]) == sig).sum(axis=1) / NUM_PERM
        best = int(np.argmax(scores))
        if scores[best] < self.threshold:
            return None
        return DuplicateMatch("near", candidates[best], round(float(scores[best]), 4))

    def link(self, article: Article) -> DuplicateMatch | None:
        """Match an article and record the link on it (`duplicate_of`, `_kind`, `_similarity`)."""
        found = self.match(article)
        if found is not None:
            article.duplicate_of = found.of_id
            article.duplicate_kind = found.kind
            article.duplicate_similarity = found.similarity
        return found

    def add(self, article: Article, store: Store | None = None, sig: np.ndarray | None = None) -> None:
        """Index an article so later ones can match it; with `store`, persist its signature (store the article first)."""
        pending = self._pending.pop(article.id, None)
        if sig is None:
            sig = pending if pending is not None else signature(article.text)
        if store is not None:
            store.put_signature(article.id, sig.astype(_SIGNATURE_DTYPE).tobytes())
        body_hash = self._hashes.pop(article.id, None) or article.content_hash
        self._remember(article.id, body_hash, article.url, article.outlet, article.title)
        self._insert(article.id, sig)
