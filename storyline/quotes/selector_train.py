"""Rebuild the parse path's sentence selector (`selector.py`) from PolNeAR train.

    python -m storyline.quotes.selector_train --data ../shared/eval/polnear/documents.jsonl

Each train document runs through the stage's sentences, mentions and rules; every sentence the parse path
would parse is parsed, and labelled positive when the parse path then adds an attribution cued in it,
drops a rule cue there that it reads as a noun, or ends a rule claim cued there earlier. A logistic
regression over `selector.sentence_features` (the scorer's trainer, `scorer.fit`) learns the labels; the
weights and the probability a sentence needs (`--threshold`) go to `storyline/quotes/data/<lang>_selector.json`.
Only the train split is read; `--hold-out START:END` leaves those train documents out (to measure on them).
Rebuild it after the scorer or the rules change: the labels are the parse path's own output.
"""

from __future__ import annotations

import json
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Any
from unittest import mock

import click

from storyline.errors import UnsupportedInput
from storyline.evaluate.quotes import THRESHOLDS, _covered, _word_spans, gold_contents, greedy_match, load_documents
from storyline.langs import language_data
from storyline.quotes import extract
from storyline.quotes.parsed import DATA_DIR, cue_words, parse_sentences
from storyline.quotes.scorer import fit
from storyline.quotes.selector import sentence_features

# Probability a sentence needs to be parsed, calibrated end to end on three held-out train slices, each with a
# selector learned on the rest (F1@0.3 change / parsed sentences): 0-100: -0.0004 / -25%, 400-500: -0.0016 /
# -19%, 756-840: +0.0008 / -22%; 0.06 lost 0.0023 on 400-500, 0.08 lost 0.005 on 0-100.
THRESHOLD = 0.05
# Features seen fewer times than this in train carry no weight: 4.3k weights instead of 13k at a feature count
# of 3, the same held-out figures (at 2% of the positive sentences lost, 5-19% of sentences skipped either way).
MIN_FEATURE_COUNT = 10
MATCH = THRESHOLDS[0]  # the eval's overlap for a match


def _article(doc: dict[str, Any], lang: str) -> Any:
    """The document as an article with the stages before quotes run (sentences, mentions)."""
    from storyline.model import Article
    from storyline.pipeline import default_pipeline

    article = Article(text=doc["text"], language=lang)
    for stage in default_pipeline().stages:
        if stage.name in ("sentences", "mentions"):
            stage.func(article)
    return article


def label_sentences(doc: dict[str, Any], lang: str = "en", matched: bool = False) -> list[tuple[list[str], bool]]:
    """(features, label) of each sentence of `doc` the parse path would parse without a selector.

    A sentence is positive when its parse changes the stage's result: an attribution cued in it is among
    the quotations the stage returns, or a rule claim cued in it was dropped or ended earlier.
    """
    article = _article(doc, lang)
    text = article.text
    records: list[tuple[int, int, list[str]]] = []
    changed: list[int] = []
    added: list[Any] = []

    def everything(
        text: str,
        sentences: Sequence[tuple[int, int]],
        models: tuple[str, ...],
        forms: Any,
        rules: Sequence[tuple[int, int, int | None]] = (),
        selector: Any = None,
        always: frozenset[int] = frozenset(),
    ) -> list[tuple[int, Any]]:
        parsed = parse_sentences(text, sentences, models, forms, rules, None)
        for s, parse in parsed:
            e = s + len(parse.text)
            records.append((s, e, sentence_features(text, s, e, cue_words(text, s, e, forms), rules)))
        return parsed

    plain = extract.QuoteFinder.parsed

    def watched(finder: Any, direct: list[Any], reported: list[Any], select: bool = True) -> list[Any]:
        before = [(q, q.end) for q in reported]
        found = plain(finder, direct, reported, select)
        still = {id(q) for q in reported}
        changed.extend(q.cue[0] for q, end in before if q.cue is not None and (id(q) not in still or q.end != end))
        added.extend(found)
        return found

    with (
        mock.patch.object(extract, "load_selector", lambda _name: None),  # labels come from parsing everything
        mock.patch.object(extract, "parse_sentences", everything),
        mock.patch.object(extract.QuoteFinder, "parsed", watched),
    ):
        final = extract.find_quotes(
            text,
            lang,
            [(s.start, s.end) for s in article.sentences],
            [(p.start, p.end) for p in article.paragraphs] or None,
            article.layers.get("mention"),
        )
    kept = {id(q) for q in final}
    if matched:
        words = _word_spans(text)
        golds = [tokens for _att, tokens in gold_contents(doc, words)]
        pairs = greedy_match(golds, [_covered(words, [(q.start, q.end)]) for q in final], MATCH)
        kept = {id(final[k]) for k in pairs.values()}
    changed.extend(q.cue[0] for q in added if q.cue is not None and id(q) in kept)
    return [(names, any(s <= c < e for c in changed)) for s, e, names in records]


def samples(docs: Sequence[dict[str, Any]], lang: str = "en") -> Iterator[tuple[list[str], bool]]:
    """(features, label) of every sentence of `docs` the parse path would parse."""
    for doc in docs:
        yield from label_sentences(doc, lang)


def hold_out(docs: list[dict[str, Any]], held: str | None) -> list[dict[str, Any]]:
    """`docs` without the range START:END of `held` (document positions in the split)."""
    if not held:
        return docs
    try:
        start, end = (int(x) for x in held.split(":"))
    except ValueError as exc:
        raise UnsupportedInput(f"--hold-out {held!r} is no START:END range of documents, e.g. 756:840") from exc
    return docs[:start] + docs[end:]


@click.command()
@click.option("--data", type=click.Path(path_type=Path), default=Path("../shared/eval/polnear/documents.jsonl"))
@click.option("--lang", default="en", show_default=True)
@click.option("--hold-out", "held", default=None, help="START:END train documents left out (to measure on).")
@click.option("--threshold", type=float, default=THRESHOLD, show_default=True)
@click.option("--out", type=click.Path(path_type=Path), default=None, help="Output file (default: the shipped one).")
def main(data: Path, lang: str, held: str | None, threshold: float, out: Path | None) -> None:
    """Learn the sentence selector from PolNeAR train and write it as JSON."""
    quotes_data = language_data(lang, "quotes")
    name = getattr(quotes_data, "LEARNED_SELECTOR", None) if quotes_data is not None else None
    if out is None and not name:
        raise click.ClickException(f"language {lang!r} names no LEARNED_SELECTOR; pass --out")
    docs = hold_out(list(load_documents(data, "train")), held)
    labelled = list(samples(docs, lang))
    weights = fit(labelled, min_count=MIN_FEATURE_COUNT)
    path = out or DATA_DIR / str(name)
    positives = sum(1 for _names, label in labelled if label)
    payload = {
        "threshold": threshold,
        "trained_on": {"data": "PolNeAR train", "documents": len(docs), "sentences": len(labelled)},
        "positives": positives,
        "weights": dict(sorted(weights.items())),
    }
    path.write_text(json.dumps(payload, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    click.echo(f"{path}: {len(weights)} weights from {len(labelled)} sentences ({positives} worth a parse)")


if __name__ == "__main__":
    main()
