"""Rebuild the learned cue table of the parse path from PolNeAR train.

    python -m storyline.quotes.train --data ../shared/eval/polnear/documents.jsonl

Every candidate cue of the parse path (a token with a clause, object or "according to" frame, see
`parsed.candidates`) gets the key "lemma POS frame"; a key's precision is the share of its train
occurrences that find a gold attribution (the token inside the gold cue, its content covering 30% of the
gold content's words). Keys seen at least `--min-count` times with precision at least `--min-precision`
are kept, with the word forms of their lemmas (form -> lemma), in `storyline/quotes/data/<lang>_cues.json` (a few kB). Only the train split
is read, so dev stays a fair measure.
"""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Iterable
from pathlib import Path
from typing import Any

import click

from storyline.errors import UnsupportedInput
from storyline.evaluate.quotes import load_documents
from storyline.langs import language_data
from storyline.quotes.parsed import DATA_DIR, candidates, cue_key, parser

# Cue frames rarer than this in train are noise (calibrated on PolNeAR train, held-out tenth: F1@0.3).
MIN_COUNT = 4
# Cue frames below this precision add more false attributions than true ones (same calibration).
MIN_PRECISION = 0.25
# Share of a gold content's words a candidate must cover to count as finding it (the eval's 0.3 overlap).
MATCH = 0.3


def _hits(parsed: Any, doc: dict) -> dict[tuple[int, str], bool]:
    """(token index, frame) of candidates that find a gold attribution (its cue and 30% of its content) ->
    whether that attribution names a source."""
    golds = []
    for att in doc["attributions"]:
        cue, content = att.get("cue"), att.get("content")
        if not cue or not content:
            continue
        frags = [(f["start"], f["end"]) for f in content.get("fragments") or [content]]
        words = {t.i for t in parsed if t.is_alpha and any(t.idx < e and t.idx + len(t) > s for s, e in frags)}
        if words:
            golds.append(((cue["start"], cue["end"]), words, att.get("source") is not None))
    hits = {}
    for tok, frame, content, _source in candidates(parsed):
        ids = {t.i for t in content}
        for (cs, ce), words, sourced in golds:
            if tok.idx < ce and tok.idx + len(tok) > cs and len(words & ids) >= MATCH * len(words):
                hits[(tok.i, frame)] = sourced
                break
    return hits


def learn(docs: list[dict], parsed_docs: Iterable[Any], min_count: int, min_precision: float) -> dict:
    """The cue table learned from PolNeAR-style documents (gold `attributions`) and their parses."""
    found: Counter[str] = Counter()
    sourced: Counter[str] = Counter()
    total: Counter[str] = Counter()
    forms: dict[str, set[str]] = {}
    for doc, parsed in zip(docs, parsed_docs, strict=True):
        hits = _hits(parsed, doc)
        for tok, frame, _content, _source in candidates(parsed):
            key = cue_key(tok, frame)
            total[key] += 1
            found[key] += (tok.i, frame) in hits
            sourced[key] += hits.get((tok.i, frame), False)
            forms.setdefault(tok.lemma_.lower(), set()).add(tok.lower_)
    cues = []
    for key, n in found.most_common():
        precision = n / total[key]
        if n >= min_count and precision >= min_precision:
            cues.append(
                {"key": key, "count": n, "precision": round(precision, 3), "sourced": round(sourced[key] / n, 3)}
            )
    lemmas = {str(c["key"]).split(" ")[0] for c in cues}
    return {
        "source": "PolNeAR train (python -m storyline.quotes.train)",
        "min_count": min_count,
        "min_precision": min_precision,
        "cues": cues,
        "forms": {f: lemma for lemma in sorted(lemmas) for f in sorted(forms.get(lemma, ()))},
    }


@click.command()
@click.option("--data", type=click.Path(path_type=Path), default=Path("../shared/eval/polnear/documents.jsonl"))
@click.option("--lang", default="en", show_default=True)
@click.option("--min-count", default=MIN_COUNT, show_default=True)
@click.option("--min-precision", default=MIN_PRECISION, show_default=True)
@click.option("--limit", type=int, default=None, help="Learn from at most this many train documents.")
@click.option("--out", type=click.Path(path_type=Path), default=None, help="Write here instead of the shipped table.")
def main(data: Path, lang: str, min_count: int, min_precision: float, limit: int | None, out: Path | None) -> None:
    """Learn the cue table from PolNeAR train and write it under storyline/quotes/data/."""
    docs = list(load_documents(data, "train", limit))
    lang_data = language_data(lang, "quotes")
    if lang_data is None or not getattr(lang_data, "PARSER_MODEL", None):
        raise UnsupportedInput(f"language {lang!r} names no PARSER_MODEL in storyline/langs/{lang}/quotes.py")
    nlp = parser(tuple(lang_data.PARSER_MODEL))
    table = learn(docs, nlp.pipe((d["text"] for d in docs), batch_size=16), min_count, min_precision)
    out = out or DATA_DIR / f"{lang}_cues.json"
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(json.dumps(table, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    click.echo(f"{len(table['cues'])} cues, {len(table['forms'])} forms -> {out}")


if __name__ == "__main__":
    main()
