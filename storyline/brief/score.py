"""Score briefings of the demo corpus against its gold facts (`examples/expected.json`).

Each gold story is briefed from its gold articles (so the figures measure the briefing, not how the
stories stage clustered), and the claims and positions are compared with the gold corroborations,
contradictions and positions. Stored articles are matched to gold ids by URL.
"""

from __future__ import annotations

import json
from collections import defaultdict
from pathlib import Path
from typing import Any

from storyline.store import Store

# Gold position points -> issue names of `langs/<iso>/positions.py` (points without an issue there are misses).
POINT_ISSUES = {
    "dmz": "demilitarised zone",
    "sanctions": "sanctions",
    "peacekeepers": "foreign troops",
    "prisoners": "prisoner exchange",
    "guarantees": "security guarantees",
    "mercosur": "trade agreement",
}
# Gold stances -> the briefing's five stances (a proposal's terms are its author's demands).
STANCE_OF = {"proposes": "demands", "accepts": "supports", "confirms": "supports", "denies": "opposes"}


def gold_ids(store: Store, expected: dict[str, Any]) -> dict[str, list[str]]:
    """Gold ids of each stored article (an updated version and a copy share their URL with the original)."""
    by_url: dict[str, list[str]] = defaultdict(list)
    for gid, meta in expected["articles"].items():
        by_url[meta["url"]].append(gid)
    out = {}
    for row in store.list_articles():
        for art in store.iter_articles([row["id"]]):
            if art.url in by_url:
                out[art.id] = by_url[art.url]
    return out


def gold_briefings(store: Store, expected: dict[str, Any]) -> dict[str, dict[str, Any]]:
    """The JSON briefing of each gold story, built from the stored articles of its gold members."""
    from storyline.brief.build import build_briefing
    from storyline.brief.render import to_json

    gold_of = gold_ids(store, expected)
    out = {}
    for story in expected["stories"]:
        key = story["id"] if isinstance(story, dict) else str(story)
        ids = [sid for sid, gids in gold_of.items() if any(expected["articles"][g]["story"] == key for g in gids)]
        if ids:
            briefing = build_briefing(store, f"gold-{key}", article_ids=ids, record=False)
            out[key] = json.loads(to_json(briefing))
    return out


def _claim_articles(claim: dict[str, Any], gold_of: dict[str, list[str]]) -> set[str]:
    return {g for st in claim["statements"] for g in gold_of.get(st["citation"]["article_id"], [])}


def score_claims(
    briefings: dict[str, dict[str, Any]], expected: dict[str, Any], gold_of: dict[str, list[str]]
) -> dict[str, Any]:
    """Gold corroborations and contradictions found, and contradicted claims that match no gold one."""
    claims = [(story, c) for story, b in briefings.items() for c in b["claims"]]
    corroborated = 0
    for gold in expected["corroborations"]:
        wanted = set(gold["articles"])
        # Found: one matched claim holds at least half of the gold articles (and two or more).
        best = max((len(_claim_articles(c, gold_of) & wanted) for s, c in claims if s == gold["story"]), default=0)
        corroborated += best >= max(2, (len(wanted) + 1) // 2)
    contradicted = [(s, c) for s, c in claims if c["label"] == "contradicted"]
    found = 0
    right = 0
    for story, claim in contradicted:
        arts = _claim_articles(claim, gold_of)
        hit = any(
            g["story"] == story and len(arts & set(g["articles"])) >= min(2, len(g["articles"]))
            for g in expected["contradictions"]
        )
        right += hit
    for gold in expected["contradictions"]:
        wanted = set(gold["articles"])
        found += any(
            s == gold["story"] and len(_claim_articles(c, gold_of) & wanted) >= min(2, len(wanted))
            for s, c in contradicted
        )
    return {
        "corroborations": len(expected["corroborations"]),
        "corroborations_found": corroborated,
        "contradictions": len(expected["contradictions"]),
        "contradictions_found": found,
        "contradicted_claims": len(contradicted),
        "spurious_contradictions": len(contradicted) - right,
    }


def score_positions(
    briefings: dict[str, dict[str, Any]], expected: dict[str, Any], gold_of: dict[str, list[str]]
) -> dict[str, Any]:
    """Gold positions found (same article, party and issue), with the right stance, and unsupported cells."""
    observed: dict[tuple[str, str, str], set[str]] = defaultdict(set)  # (gold article, party, issue) -> stances
    for b in briefings.values():
        for cell in b["positions"]["cells"]:
            for h in cell["history"]:
                for g in gold_of.get(h["article_id"], []):
                    observed[(g, cell["party"], cell["issue"])].add(h["stance"])
    gold_keys = set()
    scorable = found = stance_right = 0
    for p in expected["positions"]:
        issue = POINT_ISSUES.get(p["point"])
        if issue is None:
            continue
        scorable += 1
        key = (p["article"], p["party"], issue)
        gold_keys.add(key)
        if key in observed:
            found += 1
            stance_right += STANCE_OF.get(p["stance"], p["stance"]) in observed[key]
    unsupported = [k for k in observed if k not in gold_keys and k[2] in POINT_ISSUES.values()]
    return {
        "gold_positions": len(expected["positions"]),
        "scorable": scorable,
        "found": found,
        "stance_right": stance_right,
        "observed_cells": len(observed),
        "unsupported": len(unsupported),
    }


def score_demo(store: Store, expected_path: Path) -> dict[str, Any]:
    """Claims and positions scores of the demo corpus in `store` against `expected_path`."""
    expected = json.loads(expected_path.read_text(encoding="utf-8"))
    gold_of = gold_ids(store, expected)
    briefings = gold_briefings(store, expected)
    return {
        "claims": score_claims(briefings, expected, gold_of),
        "positions": score_positions(briefings, expected, gold_of),
    }
