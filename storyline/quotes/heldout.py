"""Held-out PolNeAR train measurements of the quotes stage's learned parts (candidate scorer, quote filter).

    python -m storyline.quotes.heldout --fold 0:84 --fold 756:840 --model logistic --seed 13

For each slice of PolNeAR train (document ranges), the scorer is learned from the candidates of the other
train documents, the stage runs over all train documents with it, the quote filter is learned from the
quotations found in the other documents, and the slice is scored as `storyline eval quotes` scores it
(P/R/F1 at overlap 0.3 and 0.8, speaker accuracy), for each scorer threshold of `--thresholds` and filter
threshold of `--filter-thresholds`. Dev is never read. Prints JSON: each slice and the slices pooled.

The expensive inputs are computed once and kept under `--cache` (default /tmp/storyline-quotes-heldout):
the sentence and mention stages' output of every train document, the whole-text parses the scorer learns
from, and the sentence parses of the stage (a memo the stage's parser reads), so a run costs about a
CPU-minute per slice and model. Delete the cache after changing the sentence or mention stages, the spaCy
model or `attributes.py`: the cached parses keep the parts of speech they were made with.

`--model` / `--filter-model`: `logistic` (the shipped SGD recipe), `sklearn` (liblinear, `c=`), `cross`
(conjunctions of feature prefixes), `trees` (LightGBM alone), `stacked` (trees on the logistic model's
cross-fitted margins; `rounds=`, `leaves=`, `rate=`); several joined by ";". scikit-learn and LightGBM are
dev extras (`pip install -e .[dev]`). The figures measured with it are in `train.py`'s docstring.
"""

from __future__ import annotations

import json
import pickle
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from functools import partial
from pathlib import Path
from typing import Any

import click

from storyline.errors import UnsupportedInput
from storyline.evaluate.quotes import THRESHOLDS, _prf, load_documents, score_document
from storyline.langs import language_data

Sample = tuple[list[str], bool]
DEFAULT_CACHE = Path("/tmp/storyline-quotes-heldout")


class _MemoParser:
    """A stand-in for the stage's spaCy pipeline that parses each distinct sentence text once."""

    def __init__(self, nlp: Any, cache: Path):
        self.nlp = nlp
        self.path = cache / "sentences.spacy"
        self.docs: dict[str, Any] = {}
        self.new = 0
        if self.path.is_file():
            for doc in _load_docs(self.path, nlp):
                self.docs[doc.text] = doc

    def pipe(self, texts: Iterable[str], batch_size: int = 16) -> Iterator[Any]:
        """Parsed docs of `texts`, from the memo where it has them."""
        texts = list(texts)
        todo = [t for t in dict.fromkeys(texts) if t not in self.docs]
        for text, doc in zip(todo, self.nlp.pipe(todo, batch_size=batch_size), strict=True):
            self.docs[text] = doc
            self.new += 1
        return iter([self.docs[t] for t in texts])

    def __call__(self, text: str) -> Any:
        return next(self.pipe([text]))

    @property
    def pipeline(self) -> list[tuple[str, Any]]:
        """The wrapped pipeline's components (`spacy_models.one_blas_thread` reads them)."""
        return self.nlp.pipeline

    def save(self) -> None:
        """Keep the memo for the next run when this one parsed anything new."""
        if self.new:
            _save_docs(self.path, list(self.docs.values()))
            self.new = 0


def _save_docs(path: Path, docs: Sequence[Any]) -> None:
    from spacy.tokens import DocBin

    path.write_bytes(DocBin(docs=docs, store_user_data=False).to_bytes())


def _load_docs(path: Path, nlp: Any) -> list[Any]:
    from spacy.tokens import DocBin

    from storyline.quotes.attributes import _USER_KEY, COMPONENT

    docs = list(DocBin().from_bytes(path.read_bytes()).get_docs(nlp.vocab))
    attributes = nlp.get_pipe(COMPONENT) if COMPONENT in nlp.pipe_names else None
    for doc in docs:
        if attributes is not None:  # lemmas are read on demand through it (attributes.lemma)
            doc.user_data[_USER_KEY] = attributes
    return docs


class Corpus:
    """PolNeAR train with the cached inputs of the quotes stage and the scorer's training parses."""

    def __init__(self, data: Path, cache: Path, lang: str = "en", feature_fn: Callable[..., list[str]] | None = None):
        from storyline.quotes.parsed import parser
        from storyline.quotes.scorer import features

        self.features = feature_fn or features  # the scorer's features, in training and in the stage

        cache.mkdir(parents=True, exist_ok=True)
        self.lang = lang
        self.docs = list(load_documents(data, "train"))
        models = getattr(language_data(lang, "quotes"), "PARSER_MODEL", None)
        if not models:
            raise UnsupportedInput(f"language {lang!r} names no PARSER_MODEL in storyline/langs/{lang}/quotes.py")
        self.nlp = parser(tuple(models))
        self.inputs = self._stage_inputs(cache / "inputs.pkl")
        whole = cache / "whole.spacy"
        if not whole.is_file():
            _save_docs(whole, list(self.nlp.pipe((d["text"] for d in self.docs), batch_size=16)))
        self.whole = _load_docs(whole, self.nlp)
        self.memo = _MemoParser(self.nlp, cache)
        self._golds: dict[int, tuple[list[int], list[int], list[frozenset[int]]]] = {}

    def _stage_inputs(self, path: Path) -> list[tuple[Any, Any, Any]]:
        """(sentences, paragraphs, mentions) of each train document, as the pipeline's stages give them."""
        if path.is_file():
            cached: list[tuple[Any, Any, Any]] = pickle.loads(path.read_bytes())
            if len(cached) == len(self.docs):
                return cached
        from storyline.model import Article
        from storyline.pipeline import default_pipeline

        stages = [s for s in default_pipeline().stages if s.name in ("sentences", "mentions")]
        inputs = []
        for doc in self.docs:
            article = Article(text=doc["text"], language=self.lang)
            for st in stages:
                st.func(article)
            inputs.append(
                (
                    [(s.start, s.end) for s in article.sentences],
                    [(p.start, p.end) for p in article.paragraphs] or None,
                    article.layers.get("mention"),
                )
            )
        path.write_bytes(pickle.dumps(inputs))
        return inputs

    def matched(self, k: int, quotes: Sequence[Any]) -> list[bool]:
        """`train._matched` of train document `k` (the eval's greedy 0.3 matching), with words found by bisection."""
        from bisect import bisect_left, bisect_right

        from storyline.evaluate.quotes import _word_spans, gold_contents, greedy_match

        if k not in self._golds:
            words = _word_spans(self.docs[k]["text"])
            golds = [tokens for _att, tokens in gold_contents(self.docs[k], words)]
            self._golds[k] = ([s for s, _e in words], [e for _s, e in words], golds)
        starts, ends, golds = self._golds[k]
        found = [frozenset(range(bisect_right(ends, q.start), bisect_left(starts, q.end))) for q in quotes]
        hit = [False] * len(quotes)
        for j in greedy_match(golds, found, 0.3).values():
            hit[j] = True
        return hit

    def tagged(self, finder: Any, quotes: list[Any], keep: list[bool], forms: frozenset[str]) -> list[Any]:
        """The `quote` spans the stage ends with: the filter's `keep` verdicts, then the language's learned
        tagger where it names one (it was learned on all of train: in-sample for every slice)."""
        from copy import deepcopy

        quotes_data = language_data(self.lang, "quotes")
        name = getattr(quotes_data, "LEARNED_TAGGER", None)
        found = [q for q, ok in zip(quotes, keep, strict=True) if ok]
        if not name:
            return [q.span() for q in found]
        from storyline.quotes.tagger import apply_tagger, load_tagger

        dropped = [q for q, ok in zip(quotes, keep, strict=True) if not ok]
        finder, found, dropped = deepcopy((finder, found, dropped))  # the tagger may change them; each threshold
        return [q.span() for q in apply_tagger(finder, found, dropped, forms, load_tagger(name))]

    def run(self, k: int, scorer: Any) -> tuple[Any, list[Any]]:
        """The finder and unfiltered quotations of train document `k` with `scorer` in the parse path."""
        from storyline.quotes import extract, parsed

        saved = extract.load_scorer, parsed.parser, parsed.features
        extract.load_scorer = lambda _name: scorer  # type: ignore[assignment]
        parsed.parser = lambda _models: self.memo  # type: ignore[assignment]
        parsed.features = self.features
        try:
            sentences, paragraphs, mentions = self.inputs[k]
            return extract.find_unfiltered(self.docs[k]["text"], self.lang, sentences, paragraphs, mentions)
        finally:
            extract.load_scorer, parsed.parser, parsed.features = saved


def candidate_samples(corpus: Corpus) -> list[list[Sample]]:
    """Per train document, (scorer features, found a gold attribution) of every parse-path candidate."""
    from storyline.quotes import train

    saved = train.features
    train.features = corpus.features
    try:
        return [train.scorer_samples([d], [p])[0] for d, p in zip(corpus.docs, corpus.whole, strict=True)]
    finally:
        train.features = saved


def forms_of(corpus: Corpus, train: Sequence[int]) -> frozenset[str]:
    """The word forms worth a parse, learned from the `train` documents as `train.learn_scorer` does."""
    from collections import Counter

    from storyline.quotes.attributes import lemma
    from storyline.quotes.train import scorer_samples, worth_parsing

    positives: Counter[str] = Counter()
    seen: Counter[str] = Counter()
    for k in train:
        _s, pos, all_ = scorer_samples([corpus.docs[k]], [corpus.whole[k]])
        positives.update(pos)
        seen.update(all_)
    lemmas = worth_parsing(positives, seen)
    return frozenset(t.lower_ for k in train for t in corpus.whole[k] if t.is_alpha and lemma(t).lower() in lemmas)


def evaluate(
    corpus: Corpus,
    held: Sequence[int],
    scorer: Any,
    filter_thresholds: Sequence[float],
    filter_fits: Mapping[str, Callable[[list[Sample]], Any]],
) -> dict[tuple[str, float], dict[str, dict[str, int]]]:
    """Totals (tp/fp/fn/speaker_ok per overlap) on the `held` documents for each filter and filter threshold,
    each filter learned from the quotations the stage finds with `scorer` in every other train document."""
    from storyline.quotes.extract import features_of

    held_set = set(held)
    filter_samples: list[Sample] = []
    kept: dict[int, tuple[Any, list[Any], list[list[str]]]] = {}
    for k in range(len(corpus.docs)):
        finder, quotes = corpus.run(k, scorer)
        names = [features_of(finder, q) for q in quotes]
        if k in held_set:
            kept[k] = (finder, quotes, names)
        else:
            filter_samples.extend(zip(names, corpus.matched(k, quotes), strict=True))
    corpus.memo.save()
    out: dict[tuple[str, float], dict[str, dict[str, int]]] = {}
    for name, filter_fit in filter_fits.items():
        model = filter_fit(filter_samples)
        for ft in filter_thresholds:
            totals = {str(t): {"tp": 0, "fp": 0, "fn": 0, "speaker_ok": 0} for t in THRESHOLDS}
            for k in held:
                finder, quotes, names = kept[k]
                keep = [model.probability(n) >= ft for n in names]
                result = score_document(corpus.docs[k], corpus.tagged(finder, quotes, keep, scorer.forms))
                for t in totals:
                    for key in totals[t]:
                        totals[t][key] += result[t][key]
            out[(name, ft)] = totals
    return out


def summary(totals: dict[str, dict[str, int]]) -> dict[str, Any]:
    """P/R/F1 at each overlap and speaker accuracy of summed totals."""
    first = totals[str(THRESHOLDS[0])]
    return {
        **{f"overlap_{t}": _prf(v["tp"], v["fp"], v["fn"]) for t, v in totals.items()},
        "speaker_accuracy": round(first["speaker_ok"] / first["tp"], 4) if first["tp"] else 0.0,
    }


def _add(a: dict[str, dict[str, int]], b: dict[str, dict[str, int]]) -> None:
    for t in b:
        for key in b[t]:
            a.setdefault(t, {}).setdefault(key, 0)
            a[t][key] += b[t][key]


# Conjunctions the "cross" models add to the scorer's and the filter's feature names (see `scorer.crossed`).
SCORER_CROSSES = (
    ("l", "len"),
    ("k", "len"),
    ("k", "inq"),
    ("k", "q"),
    ("l", "s"),
    ("f", "d"),
    ("k", "d"),
    ("f", "s", "len"),
    ("k", "modal"),
    ("k", "neg"),
    ("f", "first"),
    ("k", "pass"),
    ("k", "after", "len"),
)
FILTER_CROSSES = (
    ("cl", "a"),
    ("cl", "k"),
    ("cs", "len"),
    ("cl", "spw"),
    ("a", "side", "len"),
    ("cl", "gap"),
    ("k", "end"),
    ("a", "spk"),
    ("cl", "partial"),
    ("cs", "q"),
    ("cl", "share"),
)


def fit_model(kind: str, samples: list[Sample], seed: int, crosses: tuple[tuple[str, ...], ...] = ()) -> Any:
    """A scorer-like model (`probability`, `threshold`, `forms`) of `kind` learned from `samples`."""
    from storyline.quotes.scorer import Scorer, crossed, fit

    kind, _, spec = kind.partition(":")  # "stacked:rounds=60,leaves=7": options of the fitting function
    options: dict[str, Any] = {k: float(v) if "." in v or "e" in v else int(v) for k, v in _options(spec)}
    if kind == "logistic":
        return Scorer(fit(samples, seed=seed, **options), 0.5, frozenset())
    if kind == "sklearn":
        from storyline.quotes.trees import fit_liblinear

        return Scorer(fit_liblinear(samples, **options), 0.5, frozenset())
    if kind == "cross":
        return Scorer(fit([(crossed(n, crosses), y) for n, y in samples], seed=seed), 0.5, frozenset(), crosses)
    from storyline.quotes.trees import fit_trees

    if kind == "trees":
        return Scorer({}, 0.5, frozenset(), (), fit_trees(samples, seed, **options))
    # "stacked": trees fitted to what the logistic model leaves, from its margins on samples it did not see.
    return stacked(samples, seed, **options)


def _options(spec: str) -> list[tuple[str, str]]:
    return [(k, v) for k, _, v in (item.partition("=") for item in spec.split(",") if item)]


def stacked(samples: list[Sample], seed: int, parts: int = 3, **tree_options: Any) -> Any:
    """Logistic weights and boosted trees fitted on the logistic margins of `parts` cross-fitted folds."""
    from storyline.quotes.scorer import Scorer, fit
    from storyline.quotes.trees import fit_trees

    margins = [0.0] * len(samples)
    for part in range(parts):
        weights = fit([s for k, s in enumerate(samples) if k % parts != part], seed=seed)
        for k in range(part, len(samples), parts):
            margins[k] = sum(weights.get(n, 0.0) for n in samples[k][0])
    trees = fit_trees(samples, seed, init=margins, **tree_options)
    return Scorer(fit(samples, seed=seed), 0.5, frozenset(), (), trees)


def candidate_scores(samples: list[list[Sample]], folds: int, fitter: Callable[[list[Sample]], Any]) -> dict:
    """Candidate-level figures of a scorer learned without each of `folds` interleaved document folds: log
    loss, and precision/recall/F1 of the candidates it keeps at several thresholds (no stage run)."""
    scored: list[tuple[float, bool]] = []
    for part in range(folds):
        model = fitter([s for k, doc in enumerate(samples) if k % folds != part for s in doc])
        scored += [(model.probability(n), y) for k, doc in enumerate(samples) if k % folds == part for n, y in doc]
    import math

    loss = -sum(math.log(max(1e-9, p if y else 1 - p)) for p, y in scored) / len(scored)
    positives = sum(y for _p, y in scored)
    out: dict[str, Any] = {"candidates": len(scored), "positives": positives, "log_loss": round(loss, 4)}
    for th in (0.15, 0.2, 0.25, 0.3, 0.4, 0.5):
        tp = sum(1 for p, y in scored if p >= th and y)
        kept = sum(1 for p, _y in scored if p >= th)
        out[str(th)] = _prf(tp, kept - tp, positives - tp)
    return out


def _fold(text: str, n: int) -> list[int]:
    start, end = (int(x) for x in text.split(":"))
    if not 0 <= start < end <= n:
        raise click.BadParameter(f"fold {text!r} must be START:END within 0:{n}")
    return list(range(start, end))


@click.command()
@click.option("--data", type=click.Path(path_type=Path), default=Path("../shared/eval/polnear/documents.jsonl"))
@click.option("--cache", type=click.Path(path_type=Path), default=DEFAULT_CACHE, show_default=True)
@click.option("--fold", "folds", multiple=True, default=["756:840"], show_default=True, help="Held-out slice.")
@click.option(
    "--model", default="logistic", show_default=True, help="logistic, cross, trees or stacked[:option=value,...]"
)
@click.option("--filter-model", default="logistic", show_default=True, help="As --model, for the filter.")
@click.option("--seed", type=int, default=13, show_default=True, help="Order of the samples (logistic), trees' seed.")
@click.option("--candidates", type=int, default=0, help="Only candidate-level figures over this many folds.")
@click.option("--context", is_flag=True, help="The scorer also sees `scorer.context_features`.")
@click.option("--thresholds", default="0.2", show_default=True, help="Scorer thresholds, comma-separated.")
@click.option("--filter-thresholds", default="0.3", show_default=True, help="Filter thresholds, comma-separated.")
def main(
    data: Path,
    cache: Path,
    folds: tuple[str, ...],
    model: str,
    filter_model: str,
    seed: int,
    candidates: int,
    context: bool,
    thresholds: str,
    filter_thresholds: str,
) -> None:
    """Score the quotes stage on held-out PolNeAR train slices with scorer and filter learned without them."""
    from dataclasses import replace

    from storyline.quotes.scorer import context_features, features

    def with_context(tok: Any, frame: str, content: Any, source: Any) -> list[str]:
        return features(tok, frame, content, source) + context_features(tok, frame, content, source)

    corpus = Corpus(data, cache, feature_fn=with_context if context else None)
    samples = candidate_samples(corpus)
    if candidates:  # "--model a;b": each model's candidate figures
        for one in model.split(";"):
            fitted = candidate_scores(samples, candidates, partial(fit_model, one, seed=seed, crosses=SCORER_CROSSES))
            click.echo(json.dumps({"model": one, "seed": seed, "context": context, **fitted}))
        return
    fts = [float(x) for x in filter_thresholds.split(",")]
    pooled: dict[tuple[float, str, float], dict[str, dict[str, int]]] = {}
    report: dict[str, Any] = {"model": model, "filter_model": filter_model, "seed": seed, "context": context}
    report["folds"] = {}
    for text in folds:
        held = _fold(text, len(corpus.docs))
        train = [k for k in range(len(corpus.docs)) if k not in set(held)]
        fitted = fit_model(model, [s for k in train for s in samples[k]], seed, SCORER_CROSSES)
        forms = forms_of(corpus, train)
        for th in (float(x) for x in thresholds.split(",")):
            scorer = replace(fitted, threshold=th, forms=forms)
            # "--filter-model a;b": each filter learned from the same quotations
            fits = {fm: partial(fit_model, fm, seed=seed, crosses=FILTER_CROSSES) for fm in filter_model.split(";")}
            for (fm, ft), totals in evaluate(corpus, held, scorer, fts, fits).items():
                report["folds"].setdefault(text, {})[f"{th}/{fm}/{ft}"] = summary(totals)
                _add(pooled.setdefault((th, fm, ft), {}), totals)
    report["pooled"] = {f"{th}/{fm}/{ft}": summary(t) for (th, fm, ft), t in pooled.items()}
    corpus.memo.save()
    click.echo(json.dumps(report, indent=1))


if __name__ == "__main__":
    main()
