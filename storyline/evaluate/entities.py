"""`storyline eval entities --data documents.jsonl`: mentions, base forms and cross-lingual linking vs SlavicNER.

Scores printed as JSON:
* `mentions`: precision/recall/F1 of exact (start, end, type) matches, per language and overall (micro);
* `lemma_accuracy`: base form equal to the gold lemma, over gold mentions found with the exact span;
  `lemma_accuracy_gold_spans`: the lemmatiser alone, on every gold mention (gold span and type);
* `linking_gold_mentions`: the corpus step run on the gold mentions (gold spans and types, our lemmas),
  pairwise and B-cubed F1 of its entities against the gold `entity_id` clusters, across all documents
  and languages: the linker alone;
* `linking_end_to_end`: the same on our own mentions, scored over the gold mentions we found exactly.
"""

from __future__ import annotations

import json
import time
from collections import Counter, defaultdict
from collections.abc import Iterable
from pathlib import Path
from typing import Any

import click

from storyline.entities.lemma import lemmatize
from storyline.entities.recognize import Mention, find_mentions_batch
from storyline.entities.train import read_documents
from storyline.model import Article, Span
from storyline.store import open_store


def prf(tp: int, n_pred: int, n_gold: int) -> dict[str, float]:
    """Precision, recall, F1 from counts."""
    p = tp / n_pred if n_pred else 0.0
    r = tp / n_gold if n_gold else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return {"precision": round(p, 4), "recall": round(r, 4), "f1": round(f, 4), "gold": n_gold, "predicted": n_pred}


def cluster_scores(pairs: Iterable[tuple[str, str]]) -> dict[str, float]:
    """Pairwise and B-cubed P/R/F1 of predicted vs gold clusters, from (gold id, predicted id) per mention."""
    cells: Counter[tuple[str, str]] = Counter(pairs)
    gold: Counter[str] = Counter()
    pred: Counter[str] = Counter()
    for (g, p), n in cells.items():
        gold[g] += n
        pred[p] += n
    total = sum(cells.values())

    def _c2(n: int) -> int:
        return n * (n - 1) // 2

    tp = sum(_c2(n) for n in cells.values())
    pp = sum(_c2(n) for n in pred.values())
    gp = sum(_c2(n) for n in gold.values())
    pw_p = tp / pp if pp else 1.0
    pw_r = tp / gp if gp else 1.0
    b_p = sum(n * n / pred[p] for (_, p), n in cells.items()) / total if total else 0.0
    b_r = sum(n * n / gold[g] for (g, _), n in cells.items()) / total if total else 0.0

    def _f(a: float, b: float) -> float:
        return 2 * a * b / (a + b) if a + b else 0.0

    return {
        "pairwise_precision": round(pw_p, 4),
        "pairwise_recall": round(pw_r, 4),
        "pairwise_f1": round(_f(pw_p, pw_r), 4),
        "bcubed_precision": round(b_p, 4),
        "bcubed_recall": round(b_r, 4),
        "bcubed_f1": round(_f(b_p, b_r), 4),
        "mentions": total,
        "gold_entities": len(gold),
        "predicted_entities": len(pred),
    }


def _link(docs: list[dict[str, Any]], layers: list[list[Span]]) -> dict[tuple[str, int, int], str]:
    """Run the corpus step over documents with the given mention layers; (doc id, start, end) → entity id."""
    from storyline.entities.link import link_articles

    store = open_store(":memory:")
    ids = []
    for doc, spans in zip(docs, layers, strict=True):
        article = Article(text=doc["text"], language=doc["lang"], id=doc["id"], source=doc["id"])
        article.set_layer("mention", spans)
        store.put_article(article)
        ids.append(article.id)
    link_articles(store, ids)
    rows = store.query("SELECT article_id, start, end, entity_id FROM entity_mentions")
    store.close()
    return {(r["article_id"], r["start"], r["end"]): r["entity_id"] for r in rows}


def evaluate(docs: list[dict[str, Any]], linking: bool = True) -> dict[str, Any]:
    """Every score of the module docstring for a list of SlavicNER documents."""
    t0 = time.perf_counter()
    predicted: list[list[Mention]] = []
    batch = 64
    for i in range(0, len(docs), batch):
        chunk = docs[i : i + batch]
        predicted += find_mentions_batch([(d["text"], d["lang"], None) for d in chunk])
    elapsed = time.perf_counter() - t0
    per_lang: dict[str, list[int]] = defaultdict(lambda: [0, 0, 0])
    per_type: dict[str, list[int]] = defaultdict(lambda: [0, 0, 0])
    lemma_ok: Counter[str] = Counter()
    lemma_n: Counter[str] = Counter()
    gold_lemma_ok: Counter[str] = Counter()
    gold_lemma_n: Counter[str] = Counter()
    for doc, found in zip(docs, predicted, strict=True):
        lang = doc["lang"]
        gold = {(m["start"], m["end"], m["type"]) for m in doc["mentions"]}
        pred = {(m.start, m.end, m.type) for m in found}
        by_span = {(m.start, m.end): m for m in found}
        per_lang[lang][0] += len(gold & pred)
        per_lang[lang][1] += len(pred)
        per_lang[lang][2] += len(gold)
        for kind in {k for _, _, k in gold | pred}:
            per_type[kind][0] += len({x for x in gold & pred if x[2] == kind})
            per_type[kind][1] += len({x for x in pred if x[2] == kind})
            per_type[kind][2] += len({x for x in gold if x[2] == kind})
        for m in doc["mentions"]:
            gold_lemma_n[lang] += 1
            gold_lemma_ok[lang] += lemmatize(" ".join(m["surface"].split()), lang, m["type"]) == m["lemma"]
            hit = by_span.get((m["start"], m["end"]))
            if hit is not None:
                lemma_n[lang] += 1
                lemma_ok[lang] += hit.lemma == m["lemma"]
    overall = [sum(v[i] for v in per_lang.values()) for i in range(3)]
    result: dict[str, Any] = {
        "documents": len(docs),
        "mentions": {"overall": prf(*overall), **{lang: prf(*v) for lang, v in sorted(per_lang.items())}},
        "mentions_by_type": {k: prf(*v) for k, v in sorted(per_type.items())},
        "lemma_accuracy": {
            "overall": round(sum(lemma_ok.values()) / max(sum(lemma_n.values()), 1), 4),
            **{lang: round(lemma_ok[lang] / max(lemma_n[lang], 1), 4) for lang in sorted(lemma_n)},
        },
        "lemma_accuracy_gold_spans": {
            "overall": round(sum(gold_lemma_ok.values()) / max(sum(gold_lemma_n.values()), 1), 4),
            **{lang: round(gold_lemma_ok[lang] / max(gold_lemma_n[lang], 1), 4) for lang in sorted(gold_lemma_n)},
        },
        "speed_articles_per_s": round(len(docs) / elapsed, 1) if elapsed else None,
    }
    if linking:
        gold_layers = [
            [
                Span(
                    m["start"],
                    m["end"],
                    "mention",
                    {
                        "type": m["type"],
                        "lemma": lemmatize(" ".join(m["surface"].split()), d["lang"], m["type"]),
                        "lang": d["lang"],
                    },
                )
                for m in _outer(d["mentions"])
            ]
            for d in docs
        ]
        got = _link(docs, gold_layers)
        result["linking_gold_mentions"] = cluster_scores(
            (m["entity_id"], got.get((d["id"], m["start"], m["end"]), f"missing:{d['id']}:{m['start']}"))
            for d in docs
            for m in d["mentions"]
        )
        own_layers = [[Span(m.start, m.end, "mention", m.attrs()) for m in found] for found in predicted]
        got = _link(docs, own_layers)
        result["linking_end_to_end"] = cluster_scores(
            (m["entity_id"], got[(d["id"], m["start"], m["end"])])
            for d in docs
            for m in d["mentions"]
            if (d["id"], m["start"], m["end"]) in got
        )
    return result


def _outer(mentions: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Gold mentions minus the few nested inside another (a layer may not hold both)."""
    out: list[dict[str, Any]] = []
    for m in sorted(mentions, key=lambda m: (m["start"], -m["end"])):
        if out and m["start"] < out[-1]["end"]:
            continue
        out.append(m)
    return out


def select(
    path: Path, langs: tuple[str, ...] = (), topics: tuple[str, ...] = (), limit: int | None = None
) -> list[dict[str, Any]]:
    """Documents of the file, filtered by language and topic, at most `limit` per language."""
    taken: Counter[str] = Counter()
    docs = []
    for doc in read_documents(path):
        if langs and doc.get("lang") not in langs:
            continue
        if topics and doc.get("topic") not in topics:
            continue
        if limit is not None and taken[doc.get("lang", "")] >= limit:
            continue
        taken[doc.get("lang", "")] += 1
        docs.append(doc)
    return docs


@click.command(name="entities")
@click.option("--data", "data_path", type=click.Path(path_type=Path), required=True, help="SlavicNER documents.jsonl.")
@click.option("--lang", "langs", multiple=True, help="Only these languages (repeatable).")
@click.option("--topic", "topics", multiple=True, help="Only these topics (repeatable), e.g. us_election_2020.")
@click.option("--limit", type=int, default=None, help="At most N documents per language (quick runs).")
@click.option("--no-linking", is_flag=True, help="Skip the cross-document linking scores.")
def command(
    data_path: Path, langs: tuple[str, ...], topics: tuple[str, ...], limit: int | None, no_linking: bool
) -> None:
    """Score mentions, base forms and cross-lingual entity linking against SlavicNER gold; print JSON.

    \b
    Example:
      storyline eval entities --data ../shared/eval/slavicner/documents.jsonl --topic us_election_2020
      storyline eval entities --data ../shared/eval/slavicner/documents.jsonl --lang pl --limit 50
    """
    docs = select(data_path, langs, topics, limit)
    click.echo(json.dumps(evaluate(docs, linking=not no_linking), indent=2, ensure_ascii=False))
