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
import zlib
from dataclasses import dataclass
from functools import cache
from typing import TYPE_CHECKING, Any

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
_SEED = 20260108  # fixed: stored signatures are only comparable when computed with the same permutations
_SIGNATURE_DTYPE = np.dtype("<u4")
_MIX = (np.uint32(0x9E3779B1), np.uint32(0x85EBCA77))  # odd multipliers (golden ratio, murmur3) to mix word hashes
# Stripped from both ends of a word so "plan." and "„plan”" shingle as "plan" (str.strip is ~5x faster
# than a regex tokenizer here, measured on the shared seeds).
_PUNCTUATION = "!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~«»„“”‘’‚‹›–—…·•¿¡"
_TITLE_WS = re.compile(r"\s+")


@dataclass(frozen=True)
class DuplicateMatch:
    """An earlier article this one duplicates: `kind` is exact, near or update."""

    kind: str
    of_id: str
    similarity: float


def fold_words(text: str) -> list[str]:
    """Lower-cased words of `text` without surrounding punctuation (the unit of shingling)."""
    return [w for w in (token.strip(_PUNCTUATION) for token in text.casefold().split()) if w]


@cache
def _permutations() -> tuple[np.ndarray, np.ndarray]:
    rng = np.random.RandomState(_SEED)
    a = rng.randint(0, 1 << 31, NUM_PERM, dtype=np.uint32) * np.uint32(2) + np.uint32(1)  # odd: a bijection
    b = rng.randint(0, 1 << 32, NUM_PERM, dtype=np.uint64).astype(np.uint32)
    return a[:, None], b[:, None]


def signature(text: str) -> np.ndarray:
    """MinHash signature (NUM_PERM uint32 values) of the 3-word shingles of `text`."""
    words = fold_words(text)
    if not words:
        return np.full(NUM_PERM, np.iinfo(np.uint32).max, dtype=np.uint32)
    h = np.array([zlib.crc32(w.encode("utf-8")) for w in words], dtype=np.uint32)
    # A 3-word shingle's hash mixes its words' hashes (order-sensitive); texts under 3 words use the words.
    shingles = ((h[:-2] * _MIX[0]) ^ (h[1:-1] * _MIX[1]) ^ h[2:]) if len(h) >= SHINGLE_WORDS else h
    a, b = _permutations()
    with np.errstate(over="ignore"):
        return (a * shingles[None, :] + b).min(axis=1).astype(np.uint32)  # arithmetic mod 2**32


def similarity(sig_a: np.ndarray, sig_b: np.ndarray) -> float:
    """Estimated Jaccard similarity of two signatures."""
    return float(np.count_nonzero(sig_a == sig_b)) / NUM_PERM


def _to_minhash(sig: np.ndarray) -> Any:
    from datasketch import LeanMinHash

    return LeanMinHash(seed=_SEED, hashvalues=sig, scheme="affine32")


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
            self._by_url.setdefault(url.strip(), article_id)
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
        original = self._by_hash.get(article.content_hash)
        if original is not None and original != own:
            return DuplicateMatch("exact", original, 1.0)
        if len(self._pending) > MAX_PENDING:  # matched but never added (a caller that only checks)
            self._pending.clear()
        sig = self._pending[own] = signature(article.text) if sig is None else sig
        earlier = None
        if article.url and article.url.strip():
            earlier = self._by_url.get(article.url.strip())
        if earlier is None:
            key = _title_key(article.outlet, article.title)
            earlier = self._by_title.get(key) if key else None
        if earlier is not None and earlier != own:
            other = self._signatures.get(earlier)
            return DuplicateMatch("update", earlier, round(similarity(sig, other), 4) if other is not None else 0.0)
        best: tuple[float, str] | None = None
        for candidate in self._lsh.query(_to_minhash(sig)):
            if candidate == own:
                continue
            score = similarity(sig, self._signatures[candidate])
            if score >= self.threshold and (best is None or score > best[0]):
                best = (score, candidate)
        if best is None:
            return None
        return DuplicateMatch("near", best[1], round(best[0], 4))

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
        self._remember(article.id, article.content_hash, article.url, article.outlet, article.title)
        self._insert(article.id, sig)
