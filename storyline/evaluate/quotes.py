"""`storyline eval quotes`: quotation extraction scored on PolNeAR (attribution relations, JSONL).

Scoring follows the SFU Gender Gap Tracker's quote evaluation, on word tokens instead of characters:

* A predicted quote matches a gold attribution when it covers at least `threshold` of the gold content's
  word tokens (|gold ∩ predicted| / |gold|, all content fragments together). Each gold attribution takes
  the best-covering predicted quote not yet taken; unmatched gold are false negatives, predicted quotes
  left over are false positives. Precision, recall and F1 are reported at thresholds 0.3 and 0.8.
* Speaker accuracy: among the quotes matched at 0.3, the share whose speaker is right. A speaker is right
  when the predicted speaker words or the person mention they resolve to overlap the gold Source span, or
  the resolved name ends with the same word as the gold Source (the same person named elsewhere), or
  neither side has a source (PolNeAR's `Attribution-no-source`).
"""

from __future__ import annotations

import json
import re
import time
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import Any

import click

from storyline.errors import EvaluationDataError
from storyline.model import Article, Span
from storyline.store.fold import fold

THRESHOLDS = (0.3, 0.8)
_WORD = re.compile(r"\w+", re.UNICODE)

Predictor = Callable[[dict[str, Any]], list[Span]]


def load_documents(path: Path, split: str | None = None, limit: int | None = None) -> Iterator[dict[str, Any]]:
    """PolNeAR documents from JSONL, optionally one split only and at most `limit` of them."""
    if not path.is_file():
        raise EvaluationDataError(f"{path} does not exist; pass --data ../shared/eval/polnear/documents.jsonl")
    count = 0
    with path.open(encoding="utf-8") as fh:
        for n, line in enumerate(fh, 1):
            if not line.strip():
                continue
            try:
                doc = json.loads(line)
                doc["text"], doc["attributions"]
            except (json.JSONDecodeError, KeyError, TypeError) as exc:
                raise EvaluationDataError(
                    f"{path}:{n} is not a PolNeAR record with 'text' and 'attributions' ({exc}); "
                    "see ../shared/eval/polnear/README.md for the format"
                ) from exc
            if split and doc.get("split") != split:
                continue
            yield doc
            count += 1
            if limit is not None and count >= limit:
                return


def _word_spans(text: str) -> list[tuple[int, int]]:
    return [(m.start(), m.end()) for m in _WORD.finditer(text)]


def _covered(words: list[tuple[int, int]], ranges: Iterable[tuple[int, int]]) -> frozenset[int]:
    ranges = list(ranges)
    return frozenset(k for k, (s, e) in enumerate(words) if any(s < re_ and e > rs for rs, re_ in ranges))


def _overlaps(a: tuple[int, int] | list[int] | None, fragments: list[tuple[int, int]]) -> bool:
    return a is not None and any(a[0] < e and a[1] > s for s, e in fragments)


def _speaker_right(text: str, quote: Span, gold: dict[str, Any]) -> bool:
    source = gold.get("source")
    speaker = quote.attrs.get("speaker")
    mention = quote.attrs.get("speaker_mention")
    label = quote.attrs.get("speaker_label")
    if source is None:
        return speaker is None and not label
    fragments = [(f["start"], f["end"]) for f in source.get("fragments") or [source]]
    if _overlaps(speaker, fragments) or _overlaps(mention, fragments):
        return True
    name = text[mention[0] : mention[1]] if mention else label
    gold_words = fold(source["text"]).split()
    return bool(name and gold_words and fold(name).split()[-1:] == gold_words[-1:])


def gold_contents(doc: dict[str, Any], words: list[tuple[int, int]]) -> list[tuple[dict[str, Any], frozenset[int]]]:
    """(attribution, word positions of its content) of every attribution of `doc` whose content covers a word."""
    golds = []
    for att in doc["attributions"]:
        content = att.get("content")
        if not content:
            continue
        tokens = _covered(words, [(f["start"], f["end"]) for f in content.get("fragments") or [content]])
        if tokens:
            golds.append((att, tokens))
    return golds


def greedy_match(golds: list[frozenset[int]], preds: list[frozenset[int]], threshold: float) -> dict[int, int]:
    """Gold index -> prediction index: each gold, in order, takes the free prediction covering the largest share
    of its words, if that share reaches `threshold` (the matching every quote figure uses)."""
    free = list(range(len(preds)))
    pairs = {}
    for gi, gold in enumerate(golds):
        best, best_score = None, 0.0
        for k in free:
            score = len(gold & preds[k]) / len(gold)
            if score >= threshold and score > best_score:
                best, best_score = k, score
        if best is not None:
            free.remove(best)
            pairs[gi] = best
    return pairs


def score_document(doc: dict[str, Any], predicted: list[Span]) -> dict[str, Any]:
    """Per-threshold true/false positives and speaker matches for one document."""
    text = doc["text"]
    words = _word_spans(text)
    golds = gold_contents(doc, words)
    preds = [_covered(words, [(q.start, q.end)]) for q in predicted]
    result: dict[str, Any] = {"gold": len(golds), "predicted": len(preds)}
    for threshold in THRESHOLDS:
        pairs = greedy_match([tokens for _att, tokens in golds], preds, threshold)
        speaker_ok = sum(_speaker_right(text, predicted[k], golds[gi][0]) for gi, k in pairs.items())
        tp = len(pairs)
        result[str(threshold)] = {"tp": tp, "fn": len(golds) - tp, "fp": len(preds) - tp, "speaker_ok": speaker_ok}
    return result


def _prf(tp: int, fp: int, fn: int) -> dict[str, float]:
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return {"precision": round(p, 4), "recall": round(r, 4), "f1": round(f, 4)}


def predict_quotes(doc: dict[str, Any]) -> list[Span]:
    """Run storyline's per-article stages (sentences, mentions, quotes; no cleaning) on a gold document."""
    from storyline.pipeline import default_pipeline

    article = Article(text=doc["text"], language=doc.get("language", "en"))
    # The gold offsets point into the text as given, so "clean" (which may delete lines) is left out and
    # the language is known; the later stages run as they do in the pipeline.
    stages = [s for s in default_pipeline().stages if s.name in ("sentences", "mentions", "quotes")]
    if [s.name for s in stages] == ["sentences", "mentions", "quotes"]:
        for st in stages:
            st.func(article)
        return article.spans("quote")
    return predict_quotes_alone(doc)


def predict_quotes_alone(doc: dict[str, Any]) -> list[Span]:
    """The quotes stage on its own: plain sentence splitting and capitalised-name speakers."""
    from storyline.quotes import find_quotes, simple_sentences

    text = doc["text"]
    lang = doc.get("language", "en")
    quotes = find_quotes(text, lang, simple_sentences(text, lang))
    return [q.span() for q in quotes]


def score_quotes(docs: Iterable[dict[str, Any]], predict: Predictor = predict_quotes) -> dict[str, Any]:
    """Precision/recall/F1 at each overlap threshold and speaker accuracy over `docs`."""
    return _aggregate((doc, predict(doc)) for doc in docs)


def _aggregate(scored: Iterable[tuple[dict[str, Any], list[Span]]]) -> dict[str, Any]:
    """The figures of `score_quotes` over (document, predicted quotes) pairs."""
    totals: dict[str, dict[str, int]] = {str(t): {"tp": 0, "fp": 0, "fn": 0, "speaker_ok": 0} for t in THRESHOLDS}
    n_docs = n_gold = n_pred = 0
    started = time.perf_counter()
    for doc, predicted in scored:
        result = score_document(doc, predicted)
        n_docs += 1
        n_gold += result["gold"]
        n_pred += result["predicted"]
        for t in totals:
            for key in totals[t]:
                totals[t][key] += result[t][key]
    elapsed = time.perf_counter() - started
    first = totals[str(THRESHOLDS[0])]
    return {
        "documents": n_docs,
        "gold_quotes": n_gold,
        "predicted_quotes": n_pred,
        **{f"overlap_{t}": _prf(v["tp"], v["fp"], v["fn"]) for t, v in totals.items()},
        "speaker_accuracy": round(first["speaker_ok"] / first["tp"], 4) if first["tp"] else 0.0,
        "articles_per_second": round(n_docs / elapsed, 1) if elapsed else None,
    }


def annotator_quotes(attributions: list[dict[str, Any]]) -> list[Span]:
    """Another annotator's attributions as predicted quotes: the content's whole extent (a discontinuous
    content with what lies between its pieces), its source as the speaker."""
    spans = []
    for att in attributions:
        content, source = att.get("content"), att.get("source")
        if not content:
            continue
        attrs: dict[str, Any] = {"speaker": None, "speaker_label": None}
        if source:
            attrs = {"speaker": [source["start"], source["end"]], "speaker_label": source["text"]}
        spans.append(Span(content["start"], content["end"], "quote", attrs))
    return spans


def score_agreement(docs: Iterable[dict[str, Any]], predict: Predictor = predict_quotes) -> dict[str, Any]:
    """How far PolNeAR's annotators agree, in the figures storyline is scored by: on the articles annotated
    more than once, each further annotator scored against the one the gold data uses, and storyline scored
    on the same articles (the ceiling a quote target is set against)."""
    multiple = [doc for doc in docs if doc.get("other_annotations")]
    if not multiple:
        raise EvaluationDataError(
            "no article of the selection is annotated more than once (no 'other_annotations'); --agreement needs "
            "PolNeAR's agreement articles: pass ../shared/eval/polnear/documents.jsonl without --split dev or --limit"
        )
    pairs = []
    for doc in multiple:
        others = doc["other_annotations"]
        if not isinstance(others, dict):
            raise EvaluationDataError(
                f"article {doc.get('id', '?')}: 'other_annotations' must map each annotator to a list of "
                f"attributions, not a {type(others).__name__}; see ../shared/eval/polnear/README.md for the format"
            )
        for annotator, atts in others.items():
            try:
                pairs.append((doc, annotator_quotes(atts)))
            except (AttributeError, KeyError, TypeError, ValueError) as exc:
                raise EvaluationDataError(
                    f"article {doc.get('id', '?')}: annotator {annotator}'s attributions are not attributions with "
                    f"character offsets ({exc!r}); see ../shared/eval/polnear/README.md for the format"
                ) from exc
    annotators = _aggregate(pairs)
    annotators["annotator_pairs"] = annotators.pop("documents")
    annotators.pop("articles_per_second")
    return {"documents": len(multiple), "annotators": annotators, "storyline": score_quotes(multiple, predict)}


@click.command(name="quotes")
@click.option("--data", "data", required=True, type=click.Path(path_type=Path), help="PolNeAR documents.jsonl.")
@click.option("--split", default=None, help="Only documents of this split (train, dev).")
@click.option("--limit", type=int, default=None, help="Score at most this many documents.")
@click.option("--alone", is_flag=True, help="Run the quotes stage alone (own sentence splitter, no entity mentions).")
@click.option(
    "--agreement",
    is_flag=True,
    help="Score the annotators against each other on the articles annotated more than once, and storyline there.",
)
def command(data: Path, split: str | None, limit: int | None, alone: bool, agreement: bool) -> None:
    """Score quotation extraction (content span P/R/F1 at overlap 0.3 and 0.8, speaker accuracy) as JSON.

    \b
    Example:
      storyline eval quotes --data ../shared/eval/polnear/documents.jsonl --split dev
      storyline eval quotes --data ../shared/eval/polnear/documents.jsonl --agreement
    """
    predict = predict_quotes_alone if alone else predict_quotes
    docs = load_documents(data, split, limit)
    try:
        result = score_agreement(docs, predict) if agreement else score_quotes(docs, predict)
    except EvaluationDataError as exc:
        raise EvaluationDataError(f"{data}: {exc}") from exc
    click.echo(json.dumps(result, indent=2))
