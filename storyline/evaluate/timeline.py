"""`storyline eval timeline`: timeline summarisation scored as news-tls scores it (tilse metrics).

For each source collection (Timeline17: `H1N1_bbc`; CL-TLS: `es/egypt`) and each of its gold timelines,
the articles published within the gold timeline's span are summarised into a timeline with the gold
number of dates and the gold average number of sentences per date (rounded), then scored with

* date selection precision/recall/F1 (tilse `evaluate_dates`), and
* alignment-based ROUGE-1/ROUGE-2 (tilse `evaluate_align_date_content_costs_many_to_one`, "align+ m:1" of
  Martschat & Markert 2017): every predicted date is aligned to the gold date of least cost
  (date distance x content distance) and vice versa; n-gram hits count with weight 1/(day distance + 1).

ROUGE counts follow ROUGE-1.5.5 with `-m -s` as tilse calls it: lower-cased, non-alphanumerics to spaces,
SMART stop words removed, Porter stems for tokens longer than three characters. The WordNet exception list
of ROUGE-1.5.5's stemmer is not applied (a few irregular forms stem differently). Non-English text keeps its
letters (ROUGE-1.5.5 would delete every non-ASCII letter) and is stemmed with the language's Snowball stemmer.
"""

from __future__ import annotations

import json
import re
import statistics
import time
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date
from functools import cache
from pathlib import Path
from typing import Any

import click

from storyline.errors import EvaluationDataError

# The stop list of ROUGE-1.5.5 (data/smart_common_words.txt, the SMART list plus news words), used with -s.
_SMART_WORDS = """
reuters ap jan feb mar apr may jun jul aug sep oct nov dec tech news index mon tue wed thu fri sat 's a a's
able about above according accordingly across actually after afterwards again against ain't all allow allows
almost alone along already also although always am amid among amongst an and another any anybody anyhow anyone
anything anyway anyways anywhere apart appear appreciate appropriate are aren't around as aside ask asking
associated at available away awfully b be became because become becomes becoming been before beforehand behind
being believe below beside besides best better between beyond both brief but by c c'mon c's came can can't
cannot cant cause causes certain certainly changes clearly co com come comes concerning consequently consider
considering contain containing contains corresponding could couldn't course currently d definitely described
despite did didn't different do does doesn't doing don't done down downwards during e each edu eg e.g. eight
either else elsewhere enough entirely especially et etc etc. even ever every everybody everyone everything
everywhere ex exactly example except f far few fifth five followed following follows for former formerly forth
four from further furthermore g get gets getting given gives go goes going gone got gotten greetings h had
hadn't happens hardly has hasn't have haven't having he he's hello help hence her here here's hereafter hereby
herein hereupon hers herself hi him himself his hither hopefully how howbeit however i i'd i'll i'm i've ie
i.e. if ignored immediate in inasmuch inc indeed indicate indicated indicates inner insofar instead into
inward is isn't it it'd it'll it's its itself j just k keep keeps kept know knows known l lately later latter
latterly least less lest let let's like liked likely little look looking looks ltd m mainly many may maybe me
mean meanwhile merely might more moreover most mostly mr. ms. much must my myself n namely nd near nearly
necessary need needs neither never nevertheless new next nine no nobody non none noone nor normally not
nothing novel now nowhere o obviously of off often oh ok okay old on once one ones only onto or other others
otherwise ought our ours ourselves out outside over overall own p particular particularly per perhaps placed
please plus possible presumably probably provides q que quite qv r rather rd re really reasonably regarding
regardless regards relatively respectively right s said same saw say saying says second secondly see seeing
seem seemed seeming seems seen self selves sensible sent serious seriously seven several shall she should
shouldn't since six so some somebody somehow someone something sometime sometimes somewhat somewhere soon
sorry specified specify specifying still sub such sup sure t t's take taken tell tends th than thank thanks
thanx that that's thats the their theirs them themselves then thence there there's thereafter thereby
therefore therein theres thereupon these they they'd they'll they're they've think third this thorough
thoroughly those though three through throughout thru thus to together too took toward towards tried tries
truly try trying twice two u un under unfortunately unless unlikely until unto up upon us use used useful uses
using usually uucp v value various very via viz vs w want wants was wasn't way we we'd we'll we're we've
welcome well went were weren't what what's whatever when whence whenever where where's whereafter whereas
whereby wherein whereupon wherever whether which while whither who who's whoever whole whom whose why will
willing wish with within without won't wonder would would wouldn't x y yes yet you you'd you'll you're you've
your yours yourself yourselves z zero
"""
SMART_STOP_WORDS = frozenset(_SMART_WORDS.split())

_ROUGE_ASCII_NON_WORD = re.compile(r"[^A-Za-z0-9\-]")
_UNICODE_NON_WORD = re.compile(r"[^\w\-]|_")
_SNOWBALL = {
    "en": "porter",
    "es": "spanish",
    "fr": "french",
    "it": "italian",
    "de": "german",
    "pt": "portuguese",
    "ru": "russian",
    "pl": "polish",
    "cs": "czech",
    "nl": "dutch",
}


@cache
def _stemmer(lang: str) -> Any:
    import snowballstemmer

    return snowballstemmer.stemmer(_SNOWBALL.get(lang, "porter"))


@cache
def _stem(word: str, lang: str) -> str:
    return str(_stemmer(lang).stemWord(word))


def rouge_tokens(text: str, lang: str = "en") -> list[str]:
    """Tokens as ROUGE-1.5.5 -m -s sees them (see the module docstring for non-English text)."""
    text = text.lower().replace("-", " - ")
    text = (_ROUGE_ASCII_NON_WORD if lang == "en" else _UNICODE_NON_WORD).sub(" ", text)
    stop = SMART_STOP_WORDS if lang == "en" else frozenset()
    out = []
    for tok in text.split():
        if tok in stop or not (tok[0].isalnum() or tok[0] == "$"):
            continue
        out.append(_stem(tok, lang) if len(tok) > 3 else tok)
    return out


def ngram_counts(sentences: Sequence[str], n: int, lang: str = "en") -> Counter[str]:
    """N-gram counts of a summary; ROUGE-1.5.5 joins the sentences into one token stream."""
    tokens = [t for s in sentences for t in rouge_tokens(s, lang)]
    return Counter(" ".join(tokens[i : i + n]) for i in range(len(tokens) - n + 1))


def rouge_counts(pred: Sequence[str], ref: Sequence[str], n: int, lang: str = "en") -> tuple[int, int, int]:
    """(hits, predicted n-grams, reference n-grams) for one predicted and one reference summary."""
    p, r = ngram_counts(pred, n, lang), ngram_counts(ref, n, lang)
    hits = sum(min(c, r[g]) for g, c in p.items())
    return hits, sum(p.values()), sum(r.values())


def rouge_approximation(pred: Sequence[str], ref: Sequence[str]) -> float:
    """tilse's cheap ROUGE-1 F1 on whitespace tokens, used only to compute alignment costs."""
    pc = Counter(t for s in pred for t in s.split())
    rc = Counter(t for s in ref for t in s.split())
    match = sum(min(c, rc[t]) for t, c in pc.items())
    pn, rn = sum(pc.values()), sum(rc.values())
    prec = match / pn if pn else 0.0
    rec = match / rn if rn else 0.0
    return 2 * prec * rec / (prec + rec) if prec + rec else 0.0


def f_score(prec: float, rec: float) -> float:
    """F1 of a precision and a recall (0 when both are 0)."""
    return 2 * prec * rec / (prec + rec) if prec + rec else 0.0


def date_scores(pred: Iterable[date], ref: Iterable[date]) -> dict[str, float]:
    """Date selection precision, recall and F1 (tilse `evaluate_dates`)."""
    p, r = set(pred), set(ref)
    both = len(p & r)
    prec = both / len(p) if p else 0.0
    rec = both / len(r) if r else 0.0
    return {"precision": prec, "recall": rec, "f_score": f_score(prec, rec)}


def _content_costs(a: list[date], b: list[date], tl_a: dict, tl_b: dict, pred_is_a: bool) -> list[list[float]]:
    rows = []
    for da in a:
        row = []
        for db in b:
            date_factor = 1 - 1 / (abs(da.toordinal() - db.toordinal()) + 1)
            pred_sents, ref_sents = (tl_a[da], tl_b[db]) if pred_is_a else (tl_b[db], tl_a[da])
            row.append(date_factor * (1 - rouge_approximation(pred_sents, ref_sents)))
        rows.append(row)
    return rows


def align_rouge(
    pred: dict[date, list[str]], ref: dict[date, list[str]], ns: Sequence[int] = (1, 2), lang: str = "en"
) -> dict[str, dict[str, float]]:
    """Alignment-based ROUGE-n (align+ m:1, micro-averaged) of a predicted timeline against one gold timeline."""
    out = {f"rouge_{n}": {"precision": 0.0, "recall": 0.0, "f_score": 0.0} for n in ns}
    pred_dates, ref_dates = sorted(pred), sorted(ref)
    if not pred_dates or not ref_dates:
        return out
    # Each row goes to its cheapest column (numpy argmin keeps the first of equal costs).
    prec_costs = _content_costs(pred_dates, ref_dates, pred, ref, pred_is_a=True)
    rec_costs = _content_costs(ref_dates, pred_dates, ref, pred, pred_is_a=False)
    prec_pairs = [(pd, ref_dates[row.index(min(row))]) for pd, row in zip(pred_dates, prec_costs, strict=True)]
    rec_pairs = [(pred_dates[row.index(min(row))], rd) for rd, row in zip(ref_dates, rec_costs, strict=True)]
    for n in ns:
        counts: dict[tuple[date, date], tuple[int, int, int]] = {}
        for pair in {*prec_pairs, *rec_pairs}:
            counts[pair] = rouge_counts(pred[pair[0]], ref[pair[1]], n, lang)
        p_num = p_den = r_num = r_den = 0.0
        for pd, rd in prec_pairs:
            hits, pc, _ = counts[(pd, rd)]
            p_num += hits / (abs(pd.toordinal() - rd.toordinal()) + 1)
            p_den += pc
        for pd, rd in rec_pairs:
            hits, _, rc = counts[(pd, rd)]
            r_num += hits / (abs(pd.toordinal() - rd.toordinal()) + 1)
            r_den += rc
        prec = p_num / p_den if p_den else 0.0
        rec = r_num / r_den if r_den else 0.0
        out[f"rouge_{n}"] = {"precision": prec, "recall": rec, "f_score": f_score(prec, rec)}
    return out


# --- the evaluation run ------------------------------------------------------------------------------
_SENTENCE_END = re.compile(r"(?<=[.!?…])[\"'»”)]*\s+(?=[\"'«„“(]?[A-ZÀ-ÖØ-ÞĀ-ſА-Я0-9])")


@dataclass
class Collection:
    """One source collection (articles of one outlet/language folder) with its gold timelines."""

    name: str
    language: str
    articles: list[dict[str, Any]]
    timelines: list[dict[str, Any]]


def load_collections(data_dir: Path, cross_lingual: bool = False) -> list[Collection]:
    """Read `articles.jsonl` + `timelines.jsonl` of a Timeline17 or CL-TLS topic folder into collections.

    `cross_lingual`: the topic's articles in every language form one collection, summarised for each gold
    timeline (CL-TLS: es/fr/it documents for the en, es, fr and it references).
    """
    arts_path, tls_path = data_dir / "articles.jsonl", data_dir / "timelines.jsonl"
    for p in (arts_path, tls_path):
        if not p.is_file():
            raise EvaluationDataError(
                f"{p} is missing; pass --data a topic folder such as ../shared/eval/timeline17/H1N1 "
                "holding articles.jsonl and timelines.jsonl"
            )
    by_folder: dict[str, list[dict[str, Any]]] = {}
    for lineno, rec in _read_jsonl(arts_path):
        if "text" not in rec or "date" not in rec:
            raise EvaluationDataError(f"{arts_path}:{lineno} has no 'text' or 'date'; see the data folder's README")
        folder = "all" if cross_lingual else rec.get("source_folder") or rec.get("topic") or "all"
        by_folder.setdefault(folder, []).append(rec)
    out: dict[str, Collection] = {}
    for lineno, rec in _read_jsonl(tls_path):
        if "timeline" not in rec:
            raise EvaluationDataError(f"{tls_path}:{lineno} has no 'timeline'; see the data folder's README")
        folder = "all" if cross_lingual else rec.get("source_folder") or rec.get("id")
        if folder not in by_folder:
            continue  # e.g. CL-TLS English references: their source documents are not distributed
        arts = by_folder[folder]
        lang = rec.get("lang") or arts[0].get("lang") or "en"
        name = f"{data_dir.name} (all languages)" if cross_lingual else folder
        out.setdefault(folder, Collection(name, lang, arts, [])).timelines.append(rec)
    return [out[k] for k in sorted(out)]


def _read_jsonl(path: Path) -> Iterable[tuple[int, dict[str, Any]]]:
    with path.open(encoding="utf-8") as fh:
        for lineno, line in enumerate(fh, 1):
            if line.strip():
                try:
                    yield lineno, json.loads(line)
                except json.JSONDecodeError as exc:
                    raise EvaluationDataError(f"{path}:{lineno} is not JSON ({exc}); fix or remove the line") from exc


def split_into_sentences(text: str) -> list[tuple[int, int]]:
    """Sentence spans: lines, then sentence ends inside long lines (eval texts come one sentence or paragraph a line)."""
    spans = []
    pos = 0
    for line in text.split("\n"):
        start = pos
        pos += len(line) + 1
        cursor = 0
        for m in _SENTENCE_END.finditer(line):
            spans.append((start + cursor, start + m.start()))
            cursor = m.end()
        spans.append((start + cursor, start + len(line)))
    return [(s, e) for s, e in spans if text[s:e].strip()]


def _documents(coll: Collection, failures: list[str]) -> list[Any]:
    from datetime import UTC, datetime

    from storyline.brief.timeline import TimelineDocument, TimelineSentence, attach_dates, find_day_references

    docs = []
    for rec in coll.articles:
        text = rec.get("text") or ""
        published = date.fromisoformat(rec["date"])
        spans = split_into_sentences(text)
        anchor = datetime(published.year, published.month, published.day, 12, tzinfo=UTC)
        try:
            refs = find_day_references(text, rec.get("lang") or coll.language, anchor) if text else []
        except Exception as exc:  # one article the timex stage fails on must not stop the run
            failures.append(f"{rec['id']}: timex {type(exc).__name__}: {exc}")
            refs = []
        days = attach_dates(spans, refs)
        sents = [
            TimelineSentence(rec["id"], s, e, text[s:e].strip(), d, i)
            for i, ((s, e), d) in enumerate(zip(spans, days, strict=True))
        ]
        docs.append(TimelineDocument(rec["id"], published, sents, rec.get("lang") or coll.language))
    return docs


def evaluate_collection(coll: Collection, failures: list[str] | None = None) -> list[dict[str, Any]]:
    """Summarise and score one collection against each of its gold timelines (timex failures are recorded)."""
    from storyline.brief.timeline import summarise_timeline

    docs = _documents(coll, failures if failures is not None else [])
    results = []
    for tl in coll.timelines:
        gold = {date.fromisoformat(d): s for d, s in tl["timeline"].items()}
        if not gold:
            continue
        start, end = min(gold), max(gold)
        in_span = [d for d in docs if d.published is not None and start <= d.published <= end]
        k = max(1, round(statistics.mean(len(s) for s in gold.values())))
        # The gold keyword lists are not used: filtering sentences by them lowered timeline17 dev scores
        # (date F1 0.726 -> 0.706, AR-2 F1 0.035 -> 0.030), and some lists are only a folder name.
        lang = tl.get("lang") or coll.language
        pred_tl = summarise_timeline(in_span, len(gold), k, within=(start, end), prefer_language=lang)
        pred = {t.day: [s.text for s in t.sentences] for t in pred_tl}
        rouge = align_rouge(pred, gold, lang=lang)
        results.append(
            {
                "collection": coll.name,
                "timeline": tl.get("id"),
                "language": lang,
                "articles": len(in_span),
                "gold_dates": len(gold),
                "sentences_per_date": k,
                "date_f1": date_scores(pred, gold)["f_score"],
                "rouge_1_f1": rouge["rouge_1"]["f_score"],
                "rouge_2_f1": rouge["rouge_2"]["f_score"],
            }
        )
    return results


def evaluate_timelines(data_dirs: Sequence[Path], cross_lingual: bool = False) -> dict[str, Any]:
    """Scores per gold timeline and their means (news-tls averages over timelines); see `load_collections`."""
    from storyline.brief.timeline import timex_available

    began = time.perf_counter()
    rows: list[dict[str, Any]] = []
    failures: list[str] = []
    for d in data_dirs:
        for coll in load_collections(Path(d), cross_lingual):
            rows.extend(evaluate_collection(coll, failures))
    if not rows:
        raise EvaluationDataError(f"no gold timeline with source articles in {[str(d) for d in data_dirs]}")
    mean = {m: statistics.mean(r[m] for r in rows) for m in ("date_f1", "rouge_1_f1", "rouge_2_f1")}
    return {
        "task": "timeline",
        "setting": "cross-lingual: every topic article for every gold timeline" if cross_lingual else "per collection",
        "metric": "tilse align_date_content_costs_many_to_one (ROUGE-1.5.5 -m -s counts) and date F1",
        "date_references": "timex stage" if timex_available() else "none: storyline.timex is not installed",
        "timelines": len(rows),
        "mean": mean,
        "per_timeline": rows,
        "articles_without_date_references": failures,
        "seconds": round(time.perf_counter() - began, 1),
    }


@click.command(name="timeline")
@click.option(
    "--data",
    "data_dirs",
    multiple=True,
    required=True,
    type=click.Path(exists=True, file_okay=False, path_type=Path),
    help="Topic folder(s) with articles.jsonl and timelines.jsonl (repeat --data).",
)
@click.option(
    "--cross-lingual",
    is_flag=True,
    help="Summarise a topic's articles in all languages for each gold timeline (CL-TLS), not per source folder.",
)
def command(data_dirs: tuple[Path, ...], cross_lingual: bool) -> None:
    """Build a timeline per gold timeline's collection and score dates and alignment ROUGE; print JSON.

    \b
    Example:
      storyline eval timeline --data ../shared/eval/timeline17/H1N1 --data ../shared/eval/cl_tls/egypt
      storyline eval timeline --cross-lingual --data ../shared/eval/cl_tls/egypt
    """
    click.echo(json.dumps(evaluate_timelines(list(data_dirs), cross_lingual), ensure_ascii=False, indent=2))


__all__ = ["align_rouge", "command", "date_scores", "evaluate_timelines", "rouge_counts", "rouge_tokens"]
