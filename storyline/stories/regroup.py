"""Split a storyline that holds several stories: regroup its communities by the batch pass's own merge rules.

Streaming is order-dependent: an undated collection (or one day's articles, which arrive in any order)
can let one whole story ride a close merge into another's storyline (SlavicNER dev, shuffled orders: the
Russia-Ukraine war inside the covid storyline; Timeline17+CL-TLS with the ties of a day shuffled: Haiti
2010 inside Egypt 2011-14). Such a story is too large to move as one of `move_blocks`' blocks and keeps
most of its neighbours at home, so neither the block moves nor the block split-off catch it.

This step makes the storyline a fixed point of the pass's merge rules: its kNN graph is cut into Louvain
communities (`ConsolidateParams.regroup_resolution`, coarser than the block moves'), and communities are
joined again, best first, while any rule that would merge them as storylines holds: the streaming merge
score (`Clusterer.cluster_score` >= `Clusterer.merge_threshold`), the neighbour link
(`ConsolidateParams.threshold`) or the recurring names (`ConsolidateParams.profile_threshold`). Groups
that none of those rules join become storylines of their own; the largest keeps the storyline's id.
A story split this way would not have been merged back by the pass, so the outcome no longer depends on
which of the two the stream happened to put first.
"""

from __future__ import annotations

from collections import Counter
from typing import TYPE_CHECKING

from storyline.stories.cluster import Clusterer
from storyline.stories.features import StoryFeatures
from storyline.stories.recurring import name_profile, profile_cosines

if TYPE_CHECKING:  # consolidate.py imports this module
    from storyline.stories.consolidate import ConsolidateParams


def regroup(
    cl: Clusterer,
    feats: list[StoryFeatures],
    near: list[list[tuple[int, float]]],
    params: ConsolidateParams,
) -> int:
    """Split every unlocked storyline whose communities the merge rules would not join; returns articles moved."""
    from storyline.stories.consolidate import communities, split_off

    p = params
    story = [cl.member_of[f.article_id][0] for f in feats]
    members: dict[str, list[int]] = {}
    for i, sid in enumerate(story):
        members.setdefault(sid, []).append(i)
    moved = 0
    for sid, idx in sorted(members.items()):
        if len(idx) < 2 * p.regroup_min or sid not in cl.storylines or cl.storylines[sid].locked:
            continue
        blocks = communities(idx, near, p.regroup_resolution)
        groups = _join(cl, feats, near, p, [sorted(b) for b in blocks])
        if len(groups) < 2:
            continue
        groups.sort(key=lambda g: (-len(g), g[0]))
        for rows in groups[1:]:
            split_off(cl, feats, rows, story)
            moved += len(rows)
    return moved


def _join(
    cl: Clusterer,
    feats: list[StoryFeatures],
    near: list[list[tuple[int, float]]],
    p: ConsolidateParams,
    blocks: list[list[int]],
) -> list[list[int]]:
    """Join communities, best pair first, while a storyline merge rule holds; small ones join their neighbours.

    Returns the groups (positions in `feats`).
    """
    from storyline.stories.consolidate import _group, trim_profile

    small_min: int = p.regroup_min
    big = [b for b in blocks if len(b) >= small_min]
    small = [b for b in blocks if len(b) < small_min]
    if len(big) < 2:
        return [sorted(i for b in blocks for i in b)]
    groups: dict[int, list[int]] = dict(enumerate(big))
    owner = {i: g for g, rows in groups.items() for i in rows}
    clusters = {g: trim_profile(cl, _group(cl, feats, rows)) for g, rows in groups.items()}
    profiles = {g: name_profile([feats[i] for i in rows], p.profile_share) for g, rows in groups.items()}

    def edges(a: int, b: int) -> int:
        rows_b = set(groups[b])
        return sum(1 for i in groups[a] for j, _ in near[i] if j in rows_b) + sum(
            1 for i in groups[b] for j, _ in near[i] if owner.get(j) == a
        )

    def margin(a: int, b: int) -> float | None:
        """How far the best rule clears its threshold, or None when none holds."""
        ca, cb = clusters[a], clusters[b]
        best: float | None = None
        shared = not ca.langs.keys() & cb.langs.keys()
        names = profile_cosines(cl, {"a": profiles[a], "b": profiles[b]}, shared).get(("a", "b"), 0.0)
        score = cl.cluster_score(ca, cb) - cl.merge_threshold(ca, cb)
        named = min(len(profiles[a]), len(profiles[b])) >= p.regroup_names_min
        if score >= 0 and (names >= p.regroup_names or not named):
            best = score
        link = edges(a, b) / (p.k * min(len(groups[a]), len(groups[b]))) - p.threshold
        if link >= 0:
            best = max(best or 0.0, link)
        names -= p.profile_threshold
        if names >= 0:
            best = max(best or 0.0, names)
        return best

    pairs: dict[tuple[int, int], float | None] = {}
    for a in groups:
        for b in groups:
            if a < b:
                pairs[(a, b)] = margin(a, b)
    while True:
        live = [(m, ab) for ab, m in pairs.items() if m is not None]
        if not live:
            break
        _, (a, b) = max(live, key=lambda t: (t[0], -t[1][0], -t[1][1]))
        groups[a] = sorted(groups[a] + groups.pop(b))
        for i in groups[a]:
            owner[i] = a
        clusters[a] = trim_profile(cl, _group(cl, feats, groups[a]))
        profiles[a] = name_profile([feats[i] for i in groups[a]], p.profile_share)
        clusters.pop(b)
        profiles.pop(b)
        pairs = {ab: m for ab, m in pairs.items() if a not in ab and b not in ab}
        for c in groups:
            if c != a:
                pairs[(min(a, c), max(a, c))] = margin(min(a, c), max(a, c))
    # a small community goes with the group holding most of its neighbours inside the storyline
    for rows in small:
        votes = Counter(owner[j] for i in rows for j, _ in near[i] if j in owner)
        target = votes.most_common(1)[0][0] if votes else max(groups, key=lambda g: len(groups[g]))
        groups[target] = sorted(groups[target] + rows)
    return [rows for rows in groups.values() if rows]
