"""Recurring names of a group of articles: what a long-running story keeps while its wording and time move on.

A storyline's recurring names are the name and linked-entity keys (`N:` folded names, `E:` canonical ids)
met in a given share of its articles. Two fragments of one story share them across months (Egypt, Cairo,
Muslim Brotherhood in Timeline17+CL-TLS's 2011-2014 Egypt coverage) and across languages (the keys are
transliteration-folded), where centroids drift and the streaming time decay separates them.
`storyline.stories.consolidate` merges storylines and places lone articles by them.
"""

from __future__ import annotations

import math
from collections import Counter

from storyline.stories.cluster import Clusterer
from storyline.stories.features import StoryFeatures


def name_profile(fs: list[StoryFeatures], share: float) -> dict[str, float]:
    """A group's recurring names: name and entity keys met in `share` of its articles (and >= 2), with
    the share of articles holding each."""
    df: Counter[str] = Counter()
    for f in fs:
        df.update(k for k in f.keys if k.startswith(("N:", "E:")))
    floor = max(2.0, share * len(fs))
    return {k: n / len(fs) for k, n in df.items() if n >= floor}


def profile_cosines(cl: Clusterer, profiles: dict[str, dict[str, float]], shared: bool) -> dict[tuple[str, str], float]:
    """IDF cosines of every pair of profiles with a key in common (an inverted index: profiles are short)."""
    idf = cl.stats.idf
    weighted = {
        sid: {k: v * idf(k) for k, v in prof.items() if not shared or cl.stats.shared(k)}
        for sid, prof in profiles.items()
    }
    norm = {sid: math.sqrt(sum(v * v for v in prof.values())) for sid, prof in weighted.items()}
    holders: dict[str, list[str]] = {}
    for sid in sorted(weighted):
        for key in weighted[sid]:
            holders.setdefault(key, []).append(sid)
    dots: dict[tuple[str, str], float] = {}
    for key, sids in holders.items():
        for x, a in enumerate(sids):
            for b in sids[x + 1 :]:
                dots[(a, b)] = dots.get((a, b), 0.0) + weighted[a][key] * weighted[b][key]
    return {pair: dot / (norm[pair[0]] * norm[pair[1]]) for pair, dot in dots.items() if dot > 0}
