"""Rebuild the shipped entity models from SlavicNER-format data (documented in data/README.md).

    python -m storyline.entities.train --data ../shared/eval/slavicner/documents.jsonl \
        --holdout-topic us_election_2020

writes `data/tagger.npz` (mention tagger) and `data/lemma_rules.json` (base-form rules). Documents of the
held-out topic are not used, so that `storyline eval entities --topic us_election_2020` measures the
models on a topic they never saw.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

import click
import numpy as np

from storyline.entities.lemma import learn_rules
from storyline.entities.tagger import Tagger, encode_tags, train
from storyline.entities.tokens import tokenize
from storyline.errors import EvaluationDataError

DATA_DIR = Path(__file__).resolve().parent / "data"
_LINE = re.compile(r"[^\n]+")


def read_documents(path: Path) -> Iterator[dict[str, Any]]:
    """SlavicNER documents (one JSON object per line), checked for the fields we use."""
    if not path.is_file():
        raise EvaluationDataError(f"{path} does not exist; pass --data with a SlavicNER documents.jsonl file")
    with path.open(encoding="utf-8") as fh:
        for n, line in enumerate(fh, 1):
            if not line.strip():
                continue
            try:
                doc = json.loads(line)
            except json.JSONDecodeError as exc:
                raise EvaluationDataError(f"{path}:{n} is not JSON ({exc}); each line must be one document") from exc
            if "text" not in doc or "mentions" not in doc:
                raise EvaluationDataError(f"{path}:{n} lacks 'text' or 'mentions'; see eval/slavicner/README.md")
            yield doc


def doc_sequences(doc: dict[str, Any]) -> Iterable[tuple[list[str], list[tuple[int, int, str]]]]:
    """(words, token-level gold runs) per line of a gold document; mentions not on token edges are dropped."""
    text = doc["text"]
    for line in _LINE.finditer(text):
        toks = tokenize(text, line.start(), line.end())
        if not toks:
            continue
        by_start = {s: i for i, (s, _) in enumerate(toks)}
        by_end = {e: i for i, (_, e) in enumerate(toks)}
        runs = []
        for m in doc["mentions"]:
            if line.start() <= m["start"] and m["end"] <= line.end():
                a, b = by_start.get(m["start"]), by_end.get(m["end"])
                if a is not None and b is not None and b >= a:
                    runs.append((a, b + 1, m["type"]))
        runs.sort()
        clean: list[tuple[int, int, str]] = []
        for r in runs:  # nested gold mentions: keep the outer one
            if clean and r[0] < clean[-1][1]:
                continue
            clean.append(r)
        yield [text[s:e] for s, e in toks], clean


def silver_documents(lang: str, paths: list[Path], max_chars: int, per_file: int) -> list[dict[str, Any]]:
    """Documents of `lang` labelled by the language's spaCy model (silver data for a fast tagger).

    Reads JSONL files with a `text` field (the shared English eval corpora qualify); mentions are
    spaCy's entities, mapped and trimmed as the mentions stage does; the base form is the surface.
    """
    from storyline.entities.recognize import _spacy_spans
    from storyline.entities.trims import _trim
    from storyline.langs import require_language_data

    data = require_language_data(lang, "entities")
    texts: list[str] = []
    for path in paths:
        taken = 0
        with path.open(encoding="utf-8") as fh:
            for line in fh:
                text = json.loads(line).get("text") or ""
                if len(text) < 200:
                    continue
                texts.append(text[:8000])
                taken += 1
                if taken >= per_file or sum(len(t) for t in texts) >= max_chars:
                    break
        if sum(len(t) for t in texts) >= max_chars:
            break
    docs = []
    for n, (text, spans) in enumerate(
        zip(texts, _spacy_spans(texts, data.SPACY_MODEL, data.SPACY_LABELS), strict=True)
    ):
        mentions = []
        for start, end, kind in spans:
            start, end = _trim(text, start, end, data)
            if end > start:
                surface = text[start:end]
                mentions.append({"start": start, "end": end, "type": kind, "surface": surface, "lemma": surface})
        docs.append({"id": f"silver/{lang}/{n}", "topic": "silver", "lang": lang, "text": text, "mentions": mentions})
    return docs


@click.command()
@click.option("--data", "data_path", type=click.Path(path_type=Path), required=True, help="SlavicNER documents.jsonl.")
@click.option("--holdout-topic", multiple=True, default=["us_election_2020"], show_default=True)
@click.option("--epochs", default=8, show_default=True)
@click.option("--out", type=click.Path(path_type=Path), default=DATA_DIR, show_default=True)
@click.option(
    "--silver",
    "silver",
    multiple=True,
    help="LANG=FILE.jsonl: texts of a language with a spaCy model, labelled by it (repeatable).",
)
@click.option("--feature-version", default=4, show_default=True, help="Tagger feature set (see tagger.Featurizer).")
@click.option("--silver-chars", default=2_500_000, show_default=True, help="Character budget per silver language.")
@click.option("--silver-per-file", default=300, show_default=True, help="At most this many texts per silver file.")
def main(
    data_path: Path,
    holdout_topic: tuple[str, ...],
    epochs: int,
    out: Path,
    silver: tuple[str, ...],
    silver_chars: int,
    silver_per_file: int,
    feature_version: int,
) -> None:
    """Train the tagger and the lemma rules; print what was written."""
    docs = [d for d in read_documents(data_path) if d.get("topic") not in holdout_topic]
    lemma_docs = list(docs)
    by_lang: dict[str, list[Path]] = {}
    for item in silver:
        lang, _, path = item.partition("=")
        by_lang.setdefault(lang, []).append(Path(path))
    for lang, paths in by_lang.items():
        extra = silver_documents(lang, paths, silver_chars, silver_per_file)
        print(f"silver {lang}: {len(extra)} documents, {sum(len(d['mentions']) for d in extra)} mentions", flush=True)
        docs += extra
    tagger = Tagger.empty(version=feature_version)
    seqs = []
    for doc in docs:
        for words, runs in doc_sequences(doc):
            feats = tagger.featurizer.features(words, doc["lang"])
            seqs.append((feats, encode_tags(len(words), runs)))
    print(f"{len(docs)} documents, {len(seqs)} sequences, {sum(len(g) for _, g in seqs)} tokens", flush=True)
    train(tagger, seqs, epochs=epochs)
    out.mkdir(parents=True, exist_ok=True)
    tagger.save(out / "tagger.npz", min_weight=0.05)
    rules = learn_rules((d["lang"], d["text"], d["mentions"]) for d in lemma_docs)
    (out / "lemma_rules.json").write_text(json.dumps(rules, ensure_ascii=False, sort_keys=True), encoding="utf-8")
    nz = int(np.count_nonzero(np.abs(tagger.weights).max(axis=1) > 0.05))
    print(f"wrote {out / 'tagger.npz'} ({nz} feature rows) and {out / 'lemma_rules.json'}")


if __name__ == "__main__":
    main()
