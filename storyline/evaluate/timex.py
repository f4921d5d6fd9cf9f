"""`storyline eval timex`: time-expression recognition and normalisation, scored as TempEval-3 Task A.

Input: the TempEval-3 JSONL of `../shared/eval/tempeval3/` (one document per line: `text`, `dct`,
`timexes` with `start`, `end`, `type`, `value`). Each document's creation time is the anchor.
Strict = exact span; relaxed = overlapping span (one-to-one); type and value accuracy are measured on
relaxed matches, and type/value F1 = relaxed F1 × accuracy (UzZaman et al. 2013).
"""

from __future__ import annotations

import json
from collections import Counter
from datetime import date, datetime
from pathlib import Path
from typing import Any

import click

from storyline.errors import EvaluationDataError
from storyline.timex.resolve import find_time_expressions


def load_documents(path: str | Path) -> list[dict[str, Any]]:
    """Read a TempEval-3 style JSONL file; raises `EvaluationDataError` naming the bad line."""
    path = Path(path)
    if not path.is_file():
        raise EvaluationDataError(f"no such file {path}; pass --data ../shared/eval/tempeval3/documents.jsonl")
    docs = []
    with path.open(encoding="utf-8") as fh:
        for number, line in enumerate(fh, 1):
            if not line.strip():
                continue
            try:
                doc = json.loads(line)
                doc["text"], doc["timexes"]
            except (json.JSONDecodeError, KeyError, TypeError) as exc:
                raise EvaluationDataError(
                    f"{path}:{number} is not a TempEval JSONL document ({exc}); each line needs text, dct, timexes"
                ) from exc
            docs.append(doc)
    return docs


def first_lines_of(doc: dict[str, Any], n: int) -> dict[str, Any]:
    """The document cut after its n-th line, with only the gold expressions inside that part."""
    text = doc["text"]
    cut = 0
    for _ in range(n):
        nl = text.find("\n", cut)
        if nl < 0:
            cut = len(text)
            break
        cut = nl + 1
    kept = [g for g in doc["timexes"] if g.get("end") is not None and g["end"] <= cut]
    return {**doc, "text": text[:cut], "timexes": kept}


def _anchor(doc: dict[str, Any]) -> date | None:
    dct = doc.get("dct")
    if not dct:
        return None
    try:
        return datetime.fromisoformat(str(dct)).date()
    except ValueError:
        return None


def _f1(p: float, r: float) -> float:
    return 2 * p * r / (p + r) if p + r else 0.0


def score_timex(
    docs: list[dict[str, Any]], lang: str = "en", errors: list[dict[str, Any]] | None = None
) -> dict[str, Any]:
    """TempEval-3 scores of `find_time_expressions` on gold documents (optionally collecting errors)."""
    n_gold = n_sys = strict = relaxed = type_ok = value_ok = 0
    for doc in docs:
        text = doc["text"]
        system = find_time_expressions(text, doc.get("language", lang), _anchor(doc))
        # MEANTIME has non-text-consuming TIMEX3s (begin/end points of durations): nothing to find
        gold = [g for g in doc["timexes"] if g.get("start") is not None and g.get("end") is not None]
        n_gold += len(gold)
        n_sys += len(system)
        used: set[int] = set()
        for g in gold:
            match = None
            for i, s in enumerate(system):
                if i not in used and s.start < g["end"] and g["start"] < s.end:
                    match = i
                    break
            if match is None:
                if errors is not None:
                    errors.append({"kind": "missed", "doc": doc.get("id"), "text": g["text"], "gold": g["value"]})
                continue
            used.add(match)
            s = system[match]
            relaxed += 1
            strict += s.start == g["start"] and s.end == g["end"]
            type_ok += s.type == g["type"]
            value_ok += s.value == g["value"]
            if errors is not None and (s.value != g["value"] or (s.start, s.end) != (g["start"], g["end"])):
                errors.append(
                    {
                        "kind": "value" if s.value != g["value"] else "span",
                        "doc": doc.get("id"),
                        "dct": doc.get("dct"),
                        "text": g["text"],
                        "system_text": s.text,
                        "gold": g["value"],
                        "system": s.value,
                    }
                )
        if errors is not None:
            for i, s in enumerate(system):
                if i not in used:
                    errors.append({"kind": "spurious", "doc": doc.get("id"), "text": s.text, "system": s.value})
    p_strict = strict / n_sys if n_sys else 0.0
    r_strict = strict / n_gold if n_gold else 0.0
    p_rel = relaxed / n_sys if n_sys else 0.0
    r_rel = relaxed / n_gold if n_gold else 0.0
    f_rel = _f1(p_rel, r_rel)
    type_acc = type_ok / relaxed if relaxed else 0.0
    value_acc = value_ok / relaxed if relaxed else 0.0
    return {
        "documents": len(docs),
        "gold": n_gold,
        "system": n_sys,
        "strict": {
            "precision": round(p_strict, 4),
            "recall": round(r_strict, 4),
            "f1": round(_f1(p_strict, r_strict), 4),
        },
        "relaxed": {"precision": round(p_rel, 4), "recall": round(r_rel, 4), "f1": round(f_rel, 4)},
        "type_accuracy": round(type_acc, 4),
        "type_f1": round(f_rel * type_acc, 4),
        "value_accuracy": round(value_acc, 4),
        "value_f1": round(f_rel * value_acc, 4),
    }


@click.command(name="timex")
@click.option("--data", "data", required=True, type=click.Path(dir_okay=False), help="TempEval-3 JSONL file.")
@click.option("--lang", default="en", show_default=True, help="Language of documents without a 'language' key.")
@click.option(
    "--errors", "errors_path", type=click.Path(dir_okay=False), default=None, help="Write mismatches as JSONL here."
)
@click.option(
    "--first-lines",
    type=int,
    default=None,
    help="Score only the first N lines of each text (MEANTIME annotates only its first sentences: use 6).",
)
def command(data: str, lang: str, errors_path: str | None, first_lines: int | None) -> None:
    """Score time-expression spans, types and values against TempEval-3 gold; print JSON.

    \b
    Example:
      storyline eval timex --data ../shared/eval/tempeval3/documents.jsonl
      storyline eval timex --data ../shared/eval/meantime/documents.jsonl --first-lines 6
    """
    docs = load_documents(data)
    if first_lines is not None:
        docs = [first_lines_of(doc, first_lines) for doc in docs]
    errors: list[dict[str, Any]] | None = [] if errors_path else None
    scores = score_timex(docs, lang, errors)
    if errors_path and errors is not None:
        with open(errors_path, "w", encoding="utf-8") as fh:
            for e in errors:
                fh.write(json.dumps(e, ensure_ascii=False) + "\n")
        scores["error_kinds"] = dict(Counter(e["kind"] for e in errors))
    click.echo(json.dumps(scores, indent=2))
