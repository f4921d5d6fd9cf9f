"""Batch consolidation of a period: merge storylines that their articles' nearest neighbours join.

Streaming compares an article with storyline centroids and key profiles. A large storyline's profile
grows generic, so one story often ends in a few large fragments that never reach the merge threshold
of `Clusterer.cluster_score` (Timeline17 dev: financial crisis in fragments of 177 and 118 articles,
centroid cosine -0.72), while each article's nearest *articles* are mostly of its own story (key-cosine
neighbour purity 0.93 on Timeline17+CL-TLS dev, 0.97 on SlavicNER dev). This pass looks at the period's
articles once: each article's `k` nearest other articles by the streaming score (vector and key cosines,
minus the time penalty), and the share of the smaller storyline's neighbour slots that point into the
other storyline (`link`). Storylines of at least `min_size` articles whose link reaches `threshold` merge.
Then an article whose neighbours sit mostly in one other storyline (and at most one in its own) moves
there: streaming placed it by the centroids of its turn, the whole period's neighbours know better.
Before the merges (and once more at the end), blocks move: a storyline that absorbed a fragment of
another story at a close merge holds a community of articles that are each other's neighbours (Louvain
on the storyline's own kNN graph, networkx); the block moves to the storyline its outside neighbours
point to (`move_blocks`). SlavicNER dev F1 0.827 -> 0.877, three shuffled orders 0.851 / 0.889 / 0.861
-> 0.892 / 0.904 / 0.893; Timeline17+CL-TLS 0.861 -> 0.866.

Three more signals, for the errors left after that (dev: a story's languages in separate storylines, a whole
story streamed into another's storyline, a story running for years split by the time decay, and its weakly
worded articles left alone):
* cross-language neighbours: each article's nearest articles of every other language (one HNSW index per
  language, keys seen in several languages), so one story's language fragments link;
* block split-off: a block that would not join the rest of its storyline as one article (score below
  `Weights.storyline`) and keeps few neighbour slots there becomes a storyline of its own (`_split_off`),
  unless its neighbours of other languages sit in that rest (one language's block of a cross-lingual story
  fills its own-language slots itself: `ConsolidateParams.split_across_min`);
* recurring names (`name_profile`): storylines whose names met in >= 10% of their articles agree merge
  whatever the time between them (`merge_profiles`), and a lone article joins the storyline its neighbours
  and names point to (`adopt_lone`).
SlavicNER dev F1 0.877 -> 0.942 (shuffled orders 0.906 / 0.929 / 0.911), Timeline17+CL-TLS 0.866 -> 0.904.

Order: streaming depends on the order articles arrive in (undated collections, one day's articles), and the
steps above start from what it left. A whole story that rode a close streaming merge into another's
storyline (Haiti 2010 inside Egypt 2011-14, the Russia-Ukraine war inside covid) is too large for a block
move and keeps its neighbours at home; `storyline.stories.regroup` cuts each storyline into communities
and joins them again by the merge rules above, so what they would not merge splits off. Recurring-names
merges need five names a side and are scored again once a storyline has merged in the round. Shuffled
orders (`storyline eval clustering --shuffle`), mean / worst F1: SlavicNER seeds 0-5, 7 0.905 / 0.886 ->
0.924 / 0.917; Timeline17+CL-TLS (a day's articles shuffled) seeds 0-3 0.887 / 0.842 -> 0.907 / 0.9035.

Neighbours come from one HNSW index over the article vector (language-centred, weighted by
`Weights.vector`) concatenated with a signed-hash projection of its IDF key vector (weighted by
`Weights.keys`), so the index's inner product is the streaming score before the time penalty
(hashing keys into `HASH_DIM` buckets keeps key dot products within ~0.03). Cost: ~2-3 ms of CPU an
article (SlavicNER dev, 3,650 articles: ~10 CPU-s with regroup, 8 before it, 3.8 before the cross-language
neighbours and splits; measured with `time.process_time` on a loaded machine);
memory 8 x (dim + HASH_DIM) bytes an article while it runs (the second matrix for the cross-language index).
"""

from __future__ import annotations

import math
import zlib
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache

import numpy as np

from storyline.stories.cluster import Cluster, Clusterer, gap_days
from storyline.stories.features import StoryFeatures
from storyline.stories.recurring import name_profile, profile_cosines
from storyline.stories.regroup import regroup

HASH_DIM = 1024


@dataclass(frozen=True)
class ConsolidateParams:
    """How the batch pass links storylines.

    Calibrated on shared eval dev (streaming then this pass, neighbours of any score), B-cubed F1
    Timeline17+CL-TLS / SlavicNER: streaming 0.800 / 0.803; link 0.3 min size 3: 0.858 / 0.801; link
    0.4: 0.848 / 0.794; link 0.5: 0.810 / 0.794; min size 1 (single articles link too): 0.59 / 0.53 (a
    lone article's ten neighbours in a storyline give it link 1.0 and chain storylines together).
    With the neighbour floor `min_score` 0: 0.844 / 0.799.
    """

    k: int = 10  # neighbours per article
    threshold: float = 0.3  # link share at which two storylines merge
    min_size: int = 3  # storylines smaller than this do not take part
    ef: int = 64  # HNSW search breadth
    # a neighbour counts only at this score or above, so that unrelated articles of a small period (fewer than k
    # related ones) are nobody's neighbours. Timeline17+CL-TLS dev F1 0.856 with no floor, 0.844 at 0 and 0.04,
    # 0.821 at 0.12 (the join threshold), 0.805 at 0.2; SlavicNER 0.799-0.800 throughout
    min_score: float = 0.0
    # an article moves to the storyline holding at least this share of its neighbours (and at most one of them in
    # its own). Dev F1 after merges and moves, Timeline17+CL-TLS / SlavicNER: no moves 0.844 / 0.799, share 0.5:
    # 0.866 / 0.823, 0.7: 0.864 / 0.821
    move_share: float = 0.5
    move_min_neighbours: int = 5  # fewer voting neighbours than this: too little evidence to move
    # a neighbour votes for a move at this score or above: the streaming join threshold (`Weights.storyline`).
    # At 0 a library's map project moved into the demo corpus' farmers storyline (P 1.0 -> 0.95); dev F1
    # Timeline17+CL-TLS 0.869 -> 0.861, SlavicNER 0.826 -> 0.827
    move_min_score: float = 0.12
    # merge-and-move rounds (moves change the links): dev F1 0.866 / 0.823 after one, 0.874 / 0.826 after two
    rounds: int = 2
    # blocks (`move_blocks`): communities of a storyline's kNN graph (Louvain at this resolution) of at least
    # `block_min` articles and at most half the storyline, moved together when their neighbours outside the block
    # point into one other storyline: at least `block_link` of the block's neighbour slots, `move_share` of its
    # outside neighbours, and `block_ratio` times the neighbours it keeps in the rest of its own storyline
    block_resolution: float = 2.0
    block_min: int = 3
    block_link: float = 0.15
    block_ratio: float = 2.0
    # cross-language neighbours: besides its `k` nearest articles of any language (nearly all of its own: the
    # static vectors keep a language bias, term keys do not cross languages), each article gets up to `cross_k`
    # nearest articles of every other language, compared over keys seen in several languages (as streaming
    # compares across languages), kept at `cross_min_score` or above. Purity of these neighbours (same gold
    # story) on SlavicNER dev by score: 0.52 at 0.10-0.15, 0.75 at 0.15-0.2, 0.93 at 0.2-0.25, 0.98 at 0.25-0.3;
    # Timeline17+CL-TLS 0.84 at 0.15-0.3. They join one story's language fragments (SlavicNER: Asia Bibi in
    # three storylines, cs / pl / bg+ru) and let a foreign block show that it belongs elsewhere
    cross_k: int = 3
    cross_min_score: float = 0.2
    # a block splits off into a storyline of its own when it scores below the streaming join threshold
    # (`Weights.storyline`) against the rest of its storyline (`Clusterer.cluster_score`: it would not have
    # joined it as one article) and keeps less than `split_rest` of its neighbour slots there. On dev blocks
    # (Louvain, SlavicNER id order and one shuffle, Timeline17+CL-TLS) every block meeting both was of another
    # gold story (Russia-Ukraine war inside Brexit, Haiti inside BP oil); blocks of the storyline's own story
    # below 0.12 kept 0.27-0.45 of their slots in the rest
    split_rest: float = 0.25
    # ... unless its cross-language neighbours say it belongs: at least `split_across_min` of the block's neighbour
    # slots of another language sit in the rest of its storyline, and `move_share` of all its slots of another
    # language, those inside the block included (a block whose languages are each other's neighbours is a
    # cross-lingual story of its own: SlavicNER shuffled order 7, a ru/bg/pl Russia-Ukraine block in a covid
    # storyline, held when only the slots leaving the block counted, F1 0.926 -> 0.912; with them 0.926).
    # A story's articles of one language are each other's nearest neighbours (the static vectors keep a language
    # bias; wire copies, and the bench's articles recombined from one language's sentences, fill all `k` slots),
    # so a language's block of a cross-lingual story keeps few same-language slots in the rest, and against a
    # rest in several languages its key profile scores low: the split-off cut such blocks off after the merges
    # had joined the languages (20k ingest bench, state saved before its final pass: it/fr/es Yemen and Egypt
    # blocks in the second round and the last block pass), and no merge rule joined them back. Replay of that
    # pass, B-cubed F1 vs the topics 0.9230 -> 0.9276 (P 0.9762 -> 0.9775, R 0.8753 -> 0.8826, 128 -> 123
    # storylines)
    split_across_min: int = 2
    # long-running stories: two storylines whose recurring names (name and entity keys met in at least
    # `profile_share` of their period articles) have an IDF cosine of `profile_threshold` or more merge, however
    # far apart in time (keys seen in several languages only when they share no language). Streaming's time
    # decay splits a story that runs for years (Timeline17+CL-TLS: Egypt 2011 vs its 2012-2014 fragments); their
    # recurring names stay (Egypt, Cairo, Muslim Brotherhood). Dev storylines of >= 3 articles: same-story pairs
    # 0.43-0.62 (Egypt fragments, Asia Bibi cs+pl vs bg+ru, Russia-Ukraine cs vs bg), different stories at most
    # 0.37 (the Egypt core vs a Yemen storyline holding 21 Egypt articles), 0.26 (H1N1 vs BP oil) otherwise
    profile_share: float = 0.1
    profile_threshold: float = 0.45
    # a storyline with fewer recurring names than this takes no part: a cosine over two or three names is chance
    # (Timeline17+CL-TLS dev, ties shuffled: an 18-article Haiti storyline and a 3-article Egypt one, 880 days
    # apart, met at 0.66 over 3 names)
    profile_min_names: int = 5
    # an article left alone (a storyline smaller than `min_size`) joins the storyline holding at least half of
    # its neighbours (any score, at least `adopt_min_neighbours`) when its own names match that storyline's
    # recurring names at IDF cosine `adopt_names` or more. Timeline17+CL-TLS dev: 92 lone articles with a
    # neighbour in a storyline, 33 of them pass, all into their own gold story (6 at 0.2, none at 0.3)
    adopt_names: float = 0.1
    adopt_min_neighbours: int = 2
    # regroup (`storyline.stories.regroup`): a storyline's Louvain communities at this resolution, of at least
    # `regroup_min` articles, joined again by the merge rules; what they do not join splits off
    regroup_resolution: float = 1.0
    regroup_min: int = 10
    regroup: bool = True
    regroup_names: float = 0.05
    regroup_names_min: int = 3


@lru_cache(maxsize=1 << 18)
def _bucket(key: str) -> tuple[int, float]:
    h = zlib.crc32(key.encode("utf-8"))
    return h % HASH_DIM, (1.0 if (h >> 20) & 1 else -1.0)


def article_matrix(cl: Clusterer, feats: list[StoryFeatures], shared: bool = False) -> np.ndarray:
    """Rows whose inner products are the streaming score without time: weighted vector + hashed IDF keys.

    `shared`: keys seen in several languages only, as streaming scores an article against a storyline of
    other languages (`Clusterer._score_across`).
    """
    return article_matrices(cl, feats, (shared,))[0]


def article_matrices(cl: Clusterer, feats: list[StoryFeatures], kinds: tuple[bool, ...]) -> list[np.ndarray]:
    """`article_matrix` for each `shared` value in `kinds`, built in one pass over the articles."""
    w = cl.w
    outs = [np.zeros((len(feats), cl.dim + HASH_DIM), dtype=np.float32) for _ in kinds]
    for i, f in enumerate(feats):
        vec = math.sqrt(w.vector) * cl.centred(f, learn=False)
        rows = [np.zeros(HASH_DIM, dtype=np.float32) for _ in kinds]
        for key, count in f.keys.items():
            if count > 0:
                b, sign = _bucket(key)
                value = sign * (1.0 + math.log(count)) * cl.stats.idf(key)
                is_shared = any(kinds) and cl.stats.shared(key)
                for row, shared in zip(rows, kinds, strict=True):
                    if not shared or is_shared:
                        row[b] += value
        for out, row in zip(outs, rows, strict=True):
            out[i, : cl.dim] = vec
            norm = float(np.linalg.norm(row))
            if norm > 0:
                out[i, cl.dim :] = math.sqrt(w.keys) * row / norm
    return outs


def _time_penalty(cl: Clusterer, days: np.ndarray, i: int | np.ndarray, js: np.ndarray) -> np.ndarray:
    """The streaming time penalty between article `i` and articles `js` (0 where a date is unknown); with an
    array of `i` and a matrix of `js` (one row each), all rows at once."""
    own = days[i] if np.ndim(i) == 0 else days[i][:, None]
    gap = np.abs(days[js] - own)
    return np.where(
        np.isnan(gap), 0.0, cl.w.time_weight * (1.0 - np.exp(-np.nan_to_num(gap) / cl.w.storyline_tau_days))
    )


def neighbours(cl: Clusterer, feats: list[StoryFeatures], params: ConsolidateParams) -> list[list[tuple[int, float]]]:
    """For each article, (position in `feats`, score) of its `k` nearest other articles by the streaming score,
    followed by its nearest articles of other languages (`cross_neighbours`) not already among them."""
    import hnswlib

    n = len(feats)
    if n < 2:
        return [[] for _ in feats]
    langs = {f.language or "?" for f in feats}
    kinds = (False, True) if params.cross_k > 0 and len(langs) > 1 else (False,)
    matrices = article_matrices(cl, feats, kinds)
    x = matrices[0]
    index = hnswlib.Index(space="ip", dim=x.shape[1])
    index.init_index(max_elements=n, ef_construction=100, M=16)
    index.add_items(x, np.arange(n), num_threads=1)  # one thread: the same graph, the same neighbours every run
    fetch = min(n, 3 * params.k + 1)  # the time penalty reorders: fetch more, keep k
    index.set_ef(max(params.ef, fetch))
    labels, dist = index.knn_query(x, k=fetch)
    days = np.array([f.published.timestamp() / 86400.0 if f.published else np.nan for f in feats])
    out = []
    # hnswlib's "ip" distance is 1 - inner product; all rows' time penalties at once
    scores = (1.0 - dist) - _time_penalty(cl, days, np.arange(n), labels)
    for i in range(n):
        js, score = labels[i], scores[i]
        order = [
            (int(js[t]), float(score[t])) for t in np.argsort(-score) if js[t] != i and score[t] >= params.min_score
        ]
        out.append(order[: params.k])
    if len(matrices) > 1:
        for i, extra in enumerate(cross_neighbours(cl, feats, params, days, matrices[1])):
            have = {j for j, _ in out[i]}
            out[i].extend((j, s) for j, s in extra if j not in have)
    return out


def cross_neighbours(
    cl: Clusterer, feats: list[StoryFeatures], params: ConsolidateParams, days: np.ndarray, x: np.ndarray
) -> list[list[tuple[int, float]]]:
    """For each article, its `cross_k` nearest articles of other languages (keys seen in several languages
    only: `x` is `article_matrix(..., shared=True)`), at `cross_min_score` or above after the time penalty;
    one HNSW index per language."""
    import hnswlib

    by_lang: dict[str, list[int]] = {}
    for i, f in enumerate(feats):
        by_lang.setdefault(f.language or "?", []).append(i)
    found: list[list[tuple[int, float]]] = [[] for _ in feats]
    if len(by_lang) < 2:
        return found
    for lang, idx in sorted(by_lang.items()):
        queries = [i for i in range(len(feats)) if (feats[i].language or "?") != lang]
        k = min(params.cross_k, len(idx))
        index = hnswlib.Index(space="ip", dim=x.shape[1])
        index.init_index(max_elements=len(idx), ef_construction=100, M=16)
        index.add_items(x[idx], np.array(idx), num_threads=1)
        index.set_ef(max(params.ef, k))
        labels, dist = index.knn_query(x[queries], k=k)
        scores = (1.0 - dist) - _time_penalty(cl, days, np.array(queries), labels)
        for row, i in enumerate(queries):
            keep = scores[row] >= params.cross_min_score
            found[i].extend(zip(labels[row][keep].tolist(), scores[row][keep].tolist(), strict=True))
    return [sorted(lst, key=lambda t: (-t[1], t[0]))[: params.cross_k] for lst in found]


def consolidate(
    cl: Clusterer, feats: list[StoryFeatures], params: ConsolidateParams | None = None
) -> list[tuple[str, str]]:
    """Merge storylines of `cl` that the neighbours of `feats` (articles of the period) link, then move articles
    whose neighbours sit in another storyline; returns the merges as (kept, absorbed) pairs.

    Locked storylines (corrected by an analyst) take no part.
    """
    params = params or ConsolidateParams()
    feats = [f for f in feats if f.article_id in cl.member_of]
    near = neighbours(cl, feats, params)  # the articles' neighbours do not change, only their storylines
    merges: list[tuple[str, str]] = []
    for _ in range(params.rounds):
        # blocks first: a storyline that carries another story's block links to that story and would merge whole
        move_blocks(cl, feats, near, params)
        if params.regroup:
            regroup(cl, feats, near, params)
        merges += merge_linked(cl, feats, near, params)
        merges += merge_profiles(cl, feats, params)
        if not move_articles(cl, feats, near, params):
            break
    move_blocks(cl, feats, near, params)  # the merges and moves formed new blocks
    adopt_lone(cl, feats, near, params)
    return merges


def merge_linked(
    cl: Clusterer, feats: list[StoryFeatures], near: list[list[tuple[int, float]]], params: ConsolidateParams
) -> list[tuple[str, str]]:
    """Merge storylines whose link (share of the smaller one's neighbour slots in the other) reaches the threshold."""
    story = [cl.member_of[f.article_id][0] for f in feats]
    size = Counter(story)
    edges: Counter[tuple[str, str]] = Counter()
    for i, js in enumerate(near):
        for j, _ in js:
            a, b = story[i], story[j]
            if a != b:
                edges[(a, b) if a < b else (b, a)] += 1
    links = sorted(
        ((n / (params.k * min(size[a], size[b])), a, b) for (a, b), n in edges.items()),
        key=lambda t: (-t[0], t[1], t[2]),
    )
    merges: list[tuple[str, str]] = []
    moved: dict[str, str] = {}  # absorbed storyline -> the one that took it

    def current(sid: str) -> str:
        while sid in moved:
            sid = moved[sid]
        return sid

    for link, a, b in links:
        if link < params.threshold:
            break
        if min(size[a], size[b]) < params.min_size:
            continue
        ra, rb = current(a), current(b)
        if ra == rb or ra not in cl.storylines or rb not in cl.storylines:
            continue
        if cl.storylines[ra].locked or cl.storylines[rb].locked:
            continue
        if a in moved or b in moved:
            # one side was absorbed by a merge of this round: this link joins a part of another storyline, not the
            # whole (SlavicNER dev, shuffled order: covid and Brexit chained through a mixed fragment, F1 0.76 -> 0.46)
            continue
        dst, src = (ra, rb) if len(cl.storylines[ra].members) >= len(cl.storylines[rb].members) else (rb, ra)
        cl.merge_storylines(src, dst)
        moved[src] = dst
        merges.append((dst, src))
    return merges


def merge_profiles(cl: Clusterer, feats: list[StoryFeatures], params: ConsolidateParams) -> list[tuple[str, str]]:
    """Merge storylines whose recurring names agree (`profile_threshold`), ignoring the time between them.

    Pairs go best first; a pair whose storyline took part in an earlier merge of the round is scored again as
    the storylines are now (the pair's cosine measured a part of the merged storyline).
    """
    members: dict[str, list[StoryFeatures]] = {}
    for f in feats:
        members.setdefault(cl.member_of[f.article_id][0], []).append(f)
    profiles: dict[str, dict[str, float]] = {}
    for sid, fs in members.items():
        if len(fs) < params.min_size or sid not in cl.storylines or cl.storylines[sid].locked:
            continue
        profile = name_profile(fs, params.profile_share)
        if len(profile) >= params.profile_min_names:
            profiles[sid] = profile
    same = profile_cosines(cl, profiles, shared=False)
    across = profile_cosines(cl, profiles, shared=True)
    scored = []
    for (a, b), cos in same.items():
        if not cl.storylines[a].langs.keys() & cl.storylines[b].langs.keys():
            cos = across.get((a, b), 0.0)  # no language in common: only keys met in several languages can match
        if cos >= params.profile_threshold:
            scored.append((cos, a, b))
    moved: dict[str, str] = {}
    changed: set[str] = set()  # storylines that took part in a merge of this round
    merges: list[tuple[str, str]] = []
    for _, a, b in sorted(scored, key=lambda t: (-t[0], t[1], t[2])):
        while a in moved:
            a = moved[a]
        while b in moved:
            b = moved[b]
        if a == b:
            continue
        if a in changed or b in changed:
            now = {sid: name_profile(members[sid], params.profile_share) for sid in (a, b)}
            shared = not cl.storylines[a].langs.keys() & cl.storylines[b].langs.keys()
            if profile_cosines(cl, now, shared).get((min(a, b), max(a, b)), 0.0) < params.profile_threshold:
                continue
        dst, src = (a, b) if len(cl.storylines[a].members) >= len(cl.storylines[b].members) else (b, a)
        cl.merge_storylines(src, dst)
        moved[src] = dst
        members[dst] = members[dst] + members.pop(src)
        changed.add(dst)
        merges.append((dst, src))
    return merges


def adopt_lone(
    cl: Clusterer, feats: list[StoryFeatures], near: list[list[tuple[int, float]]], params: ConsolidateParams
) -> int:
    """Move articles of storylines smaller than `min_size` into the storyline their neighbours and names point to.

    Streaming leaves a story's weakly worded articles alone (Timeline17+CL-TLS dev: ~100 Egypt articles from
    blogs and agencies, 2011-2014, in storylines of one or two); their few neighbours are below the join score
    but sit in one storyline, and their names are that storyline's recurring ones. Returns how many moved.
    """
    story = [cl.member_of[f.article_id][0] for f in feats]
    members: dict[str, list[StoryFeatures]] = {}
    for i, sid in enumerate(story):
        members.setdefault(sid, []).append(feats[i])
    profiles: dict[str, dict[str, float]] = {}
    moved = 0
    for i, f in enumerate(feats):
        src = story[i]
        if len(members[src]) >= params.min_size or src not in cl.storylines or cl.storylines[src].locked:
            continue
        votes = Counter(story[j] for j, _ in near[i] if story[j] != src and len(members[story[j]]) >= params.min_size)
        if not votes:
            continue
        dst, n = votes.most_common(1)[0]
        if n < params.adopt_min_neighbours or n < params.move_share * len(near[i]):
            continue
        if dst not in cl.storylines or cl.storylines[dst].locked:
            continue
        if dst not in profiles:
            profiles[dst] = name_profile(members[dst], params.profile_share)
        names = {k: 1.0 for k in f.keys if k.startswith(("N:", "E:"))}
        shared = not cl.storylines[dst].langs.get(f.language or "?")
        cos = profile_cosines(cl, {"a": names, "b": profiles[dst]}, shared).get(("a", "b"), 0.0)
        if cos >= params.adopt_names:
            _move(cl, f, dst)
            moved += 1
    return moved


def move_articles(
    cl: Clusterer, feats: list[StoryFeatures], near: list[list[tuple[int, float]]], params: ConsolidateParams
) -> int:
    """Move each article whose neighbours sit mostly in one other storyline (and at most one in its own) there.

    Streaming joins an article to the storyline whose centroid fits best at its turn; once the period is
    whole, its nearest articles say better where it belongs (SlavicNER dev: Asia Bibi articles that had
    joined the Brexit storyline go back to the Asia Bibi one). Returns how many moved.
    """
    story = [cl.member_of[f.article_id][0] for f in feats]
    moved = 0
    for i, near_i in enumerate(near):
        # only neighbours the stream itself could have joined vote (a lone article's few weak neighbours moved it
        # into a story: demo corpus, a library's map project into the farmers' storyline)
        js = [j for j, score in near_i if score >= params.move_min_score]
        if len(js) < params.move_min_neighbours:
            continue
        votes = Counter(story[j] for j in js)
        dst, n = votes.most_common(1)[0]
        if dst == story[i] or n < params.move_share * len(js) or votes.get(story[i], 0) > 1:
            continue
        f = feats[i]
        src = cl.member_of[f.article_id][0]
        if src == dst or src not in cl.storylines or dst not in cl.storylines:
            continue  # `story` is as the pass began; merges above may have joined them since
        if cl.storylines[src].locked or cl.storylines[dst].locked:
            continue
        _move(cl, f, dst)
        moved += 1
    return moved


def move_blocks(
    cl: Clusterer, feats: list[StoryFeatures], near: list[list[tuple[int, float]]], params: ConsolidateParams
) -> int:
    """Move groups of articles that streaming carried into another story's storyline back, together.

    A storyline that absorbed a fragment of another story (a merge at a close score) holds a block of
    articles that are each other's neighbours: `move_articles` cannot move them one by one, as each has
    most of its neighbours in its own storyline. The block is a community of the storyline's own kNN graph;
    it moves when its neighbours outside itself point into one other storyline (SlavicNER dev: Asia Bibi
    and Brexit blocks that had ridden a merge into the Brexit and covid storylines). A block with no storyline
    to move to splits off (`_split_off`), unless its cross-language neighbours sit in the rest of its storyline
    (`ConsolidateParams.split_across_min`). Returns articles moved.
    """
    story = [cl.member_of[f.article_id][0] for f in feats]
    members: dict[str, list[int]] = {}
    for i, sid in enumerate(story):
        members.setdefault(sid, []).append(i)
    moved = 0
    totals: dict[str, Cluster] = {}  # period members of a storyline summed, for `_split_off`
    for sid, idx in members.items():
        if len(idx) < 2 * params.block_min or sid not in cl.storylines or cl.storylines[sid].locked:
            continue
        blocks = communities(idx, near, params.block_resolution)
        for block in blocks:
            if not params.block_min <= len(block) <= len(idx) / 2:
                continue
            votes: Counter[str] = Counter()
            rest = 0
            slots = sum(len(near[i]) for i in block)  # the block's neighbour slots, its own included
            across = across_rest = 0  # slots of another language than the article's, and those in the rest
            for i in block:
                lang = feats[i].language or "?"
                for j, _ in near[i]:
                    if (feats[j].language or "?") != lang:
                        across += 1
                        across_rest += j not in block and story[j] == sid
                    if j in block:
                        continue
                    if story[j] == sid:
                        rest += 1
                    else:
                        votes[story[j]] += 1
            # its other languages hold the same story: a language's block of a cross-lingual story, not a stowaway
            held = across_rest >= params.split_across_min and across_rest >= params.move_share * across
            if not votes:
                if (
                    rest < params.split_rest * slots
                    and not held
                    and _split_off(cl, feats, sorted(block), idx, sid, story, params, totals)
                ):
                    moved += len(block)
                continue
            dst, n = votes.most_common(1)[0]
            if (
                n < params.block_link * params.k * len(block)
                or n < params.move_share * (rest + sum(votes.values()))
                or n < params.block_ratio * rest
                or dst not in cl.storylines
                or cl.storylines[dst].locked
            ):
                # not another storyline's: perhaps a story of its own that streaming let into this one
                if (
                    rest < params.split_rest * slots
                    and not held
                    and _split_off(cl, feats, sorted(block), idx, sid, story, params, totals)
                ):
                    moved += len(block)
                continue
            for i in sorted(block):
                if cl.member_of[feats[i].article_id][0] == sid:
                    _move(cl, feats[i], dst)
                    story[i] = dst
                    moved += 1
            totals.pop(sid, None)
    return moved


def _split_off(
    cl: Clusterer,
    feats: list[StoryFeatures],
    block: list[int],
    idx: list[int],
    sid: str,
    story: list[str],
    params: ConsolidateParams,
    totals: dict[str, Cluster],
) -> bool:
    """Move `block` (positions in `feats` among `idx`, the period's members of storyline `sid`) into a new
    storyline of its own when it scores below the streaming join threshold against the rest of `idx`; updates
    `story`. Returns whether it did.

    (SlavicNER dev, id order: the Russia-Ukraine war articles came after Brexit's and joined its storyline one
    by one; their block had no storyline elsewhere to move to.)
    """
    inside = set(block)
    others = [i for i in idx if story[i] == sid and i not in inside]
    if len(others) < len(block) or any(story[i] != sid for i in block):
        return False
    whole = totals.get(sid)
    if whole is None:  # the storyline's period members summed once, the rest of each block by subtraction
        whole = totals[sid] = _group(cl, feats, [i for i in idx if story[i] == sid])
    part = _group(cl, feats, block)
    rest = Cluster("rest", whole.vec_sum - part.vec_sum, +(whole.keys - part.keys), whole.first, whole.last)
    rest.members = [feats[i].article_id for i in others]
    rest.langs = whole.langs - part.langs
    for c in (part, rest):
        trim_profile(cl, c)
    if cl.cluster_score(part, rest) >= cl.w.storyline:
        return False
    # names the block shares with the rest as a storyline of the same story would (`merge_profiles` would put it
    # back: SlavicNER dev, a Brexit block of 167 articles split off after the last merges)
    profiles = {
        "block": name_profile([feats[i] for i in block], params.profile_share),
        "rest": name_profile([feats[i] for i in others], params.profile_share),
    }
    shared = not part.langs.keys() & rest.langs.keys()
    if profile_cosines(cl, profiles, shared).get(("block", "rest"), 0.0) >= params.profile_threshold:
        return False
    split_off(cl, feats, block, story)
    totals.pop(sid, None)
    return True


def communities(idx: list[int], near: list[list[tuple[int, float]]], resolution: float) -> list[set[int]]:
    """Louvain communities of the articles `idx` (positions) on their nearest-neighbour links among themselves,
    a link counted once per direction it was found in."""
    import networkx as nx

    inside = set(idx)
    graph = nx.Graph()
    graph.add_nodes_from(idx)
    for i in idx:
        for j, _ in near[i]:
            if j in inside:
                weight = graph.get_edge_data(i, j, default={"weight": 0})["weight"]
                graph.add_edge(i, j, weight=weight + 1)
    return list(nx.community.louvain_communities(graph, weight="weight", resolution=resolution, seed=1))


def split_off(cl: Clusterer, feats: list[StoryFeatures], rows: list[int], story: list[str]) -> str:
    """Move the articles at `rows` into a new storyline (named after the first by id); `story` follows. Its id."""
    first = min(rows, key=lambda i: feats[i].article_id)
    new = Cluster(cl.new_id("s", feats[first]), np.zeros(cl.dim, dtype=np.float32))
    cl.storylines[new.id] = new
    cl.events_of[new.id] = []
    for i in rows:
        _move(cl, feats[i], new.id)
        story[i] = new.id
    return new.id


def trim_profile(cl: Clusterer, c: Cluster) -> Cluster:
    """Keep a group's key profile as a streaming storyline keeps its own (the most frequent keys)."""
    if len(c.keys) > 2 * cl.w.key_profile:
        c.keys = Counter(dict(c.keys.most_common(cl.w.key_profile)))
    return c


def _group(cl: Clusterer, feats: list[StoryFeatures], rows: list[int]) -> Cluster:
    """A cluster of these articles (language-centred vectors, all their keys), outside the clusterer's state."""
    c = Cluster("group", np.zeros(cl.dim, dtype=np.float32))
    if rows:
        c.vec_sum = np.sum([cl.centred(feats[i], learn=False) for i in rows], axis=0)
    keys: dict[str, float] = {}
    for i in rows:
        f = feats[i]
        for k, v in f.keys.items():
            keys[k] = keys.get(k, 0.0) + v
        if f.published is not None:
            c.first = f.published if c.first is None or f.published < c.first else c.first
            c.last = f.published if c.last is None or f.published > c.last else c.last
        c.langs[f.language or "?"] += 1
    c.keys = Counter(keys)
    c.members = [feats[i].article_id for i in rows]
    return c


def _take_out(c: Cluster, f: StoryFeatures, vec: np.ndarray) -> None:
    """Remove article `f` (added with vector `vec`) from a cluster's running sums."""
    c.vec_sum = c.vec_sum - vec
    c.keys.subtract(f.keys)
    for key in [k for k in f.keys if c.keys.get(k, 0) <= 0]:
        del c.keys[key]
    lang = f.language or "?"
    if c.langs.get(lang, 0) > 0:
        c.langs[lang] -= 1
        if not c.langs[lang]:
            del c.langs[lang]
    c.members.remove(f.article_id)
    c.changed()


def _move(cl: Clusterer, f: StoryFeatures, dst: str) -> None:
    """Move one article to storyline `dst`: into its event nearest in time (within the event window) or a new one."""
    src, src_event = cl.member_of[f.article_id]
    vec = cl.centred(f, learn=False)  # the language mean drifted since it was added: close to the vector added
    story = cl.storylines[src]
    _take_out(story, f, vec)
    event = cl.events.get(src_event)
    if event is not None:
        if len(event.members) > 1:
            _take_out(event, f, vec)
        else:
            del cl.events[src_event]
            cl.events_of[src].remove(src_event)
    if story.members:
        cl._index_put(story)
    else:
        del cl.storylines[src]
        cl.events_of.pop(src, None)
        cl._index_drop(src)
    target = cl.storylines[dst]
    best, best_gap = None, cl.w.event_window_days
    for eid in cl.events_of.get(dst, []):
        gap = gap_days(f.published, cl.events[eid])
        if gap <= best_gap:
            best, best_gap = eid, gap
    if best is None:
        ev = Cluster(cl.new_id("e", f), np.zeros(cl.dim, dtype=np.float32), parent=dst)
        cl.events[ev.id] = ev
        cl.events_of.setdefault(dst, []).append(ev.id)
        best = ev.id
    target.add(f, cl.w.key_profile, vec)
    cl.events[best].add(f, cl.w.key_profile, vec)
    cl._index_put(target)
    for key in f.keys:
        posting = cl.postings.setdefault(key, [])
        if not posting or posting[-1] != dst:
            posting.append(dst)
    cl.member_of[f.article_id] = (dst, best)
