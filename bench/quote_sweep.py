"""Regression sweep of the quotes stage: what a change does to every real news text of a language.

    python bench/quote_sweep.py dump pl /tmp/before.jsonl      # on the tree before the change
    python bench/quote_sweep.py dump pl /tmp/after.jsonl       # on the tree after it
    python bench/quote_sweep.py diff /tmp/before.jsonl /tmp/after.jsonl --show 30

`dump` runs the stages a quotation needs (clean, sentences, mentions, quotes) over every text of one language in
the shared gold sets that hold running news (SlavicNER documents, SemEval-2022 task 8 pairs, CL-TLS articles;
4,919 texts in 11 languages), each text once, and writes one JSON line per text: its id, its cleaned text and its
quotations as [start, end, cue words, speaker words, speaker label, stance]. A text the stages fail on is written with its
error and counted, never dropped: a crash is the first thing a sweep should show. `diff` lists the quotations that
appear (NEW), vanish (GONE), change speaker (SPK) or turn from speech to stance or back (STANCE) between two dumps, with counts and a sample to judge in context.
The gold sets' own quote annotations are PolNeAR's (`storyline eval quotes`); these texts have none, so a sweep
says what changed, and a person judges whether it changed for the better. Not a test: it prints text.
"""

from __future__ import annotations

import json
import random
import sys
from collections import Counter
from collections.abc import Iterator
from pathlib import Path

import click

from storyline.model import Article
from storyline.pipeline import default_pipeline

SWEEP_STAGES = ("clean", "sentences", "mentions", "quotes")


def texts_of(eval_dir: Path, lang: str) -> Iterator[tuple[str, str]]:
    """(id, text) of every text in `lang` of the shared news sets under `eval_dir`, each distinct text once."""
    seen: set[str] = set()

    def lines(path: Path) -> Iterator[dict]:
        if path.is_file():
            with path.open(encoding="utf-8", errors="replace") as fh:
                for number, line in enumerate(fh, 1):
                    if not line.strip():
                        continue
                    try:
                        row = json.loads(line)
                    except json.JSONDecodeError as error:
                        click.echo(
                            f"skipped {path}:{number}: not a JSON object ({error.msg}); fix or drop the line", err=True
                        )
                        continue
                    if isinstance(row, dict):
                        yield row
                    else:
                        click.echo(f"skipped {path}:{number}: a JSON {type(row).__name__}, not an object", err=True)

    def found() -> Iterator[tuple[str, str]]:
        for doc in lines(eval_dir / "slavicner" / "documents.jsonl"):
            if doc.get("lang") == lang:
                yield f"slavicner:{doc['id']}", doc.get("text") or ""
        for pair in lines(eval_dir / "semeval8" / "pairs.jsonl"):
            for side in ("1", "2"):
                if pair.get("lang" + side) == lang and pair.get("text" + side):
                    yield f"semeval8:{pair['pair_id']}/{side}", pair["text" + side]
        for path in sorted(eval_dir.glob("cl_tls/*/articles.jsonl")):
            for doc in lines(path):
                if doc.get("lang") == lang:
                    yield f"cl_tls:{path.parent.name}:{doc.get('id', '')}", doc.get("text") or ""

    for doc_id, text in found():
        if text and text not in seen:
            seen.add(text)
            yield doc_id, text


def quotations(article: Article) -> list[list]:
    """The article's quotations as [start, end, cue words, speaker words, speaker label, stance]: a stance is a
    claim cued by a verb that reports no speech ("is offering", "hopes"), listed apart from what people said."""
    text = article.text
    rows = []
    for quote in article.spans("quote"):
        cue, speaker = quote.attrs.get("cue"), quote.attrs.get("speaker")
        rows.append(
            [
                quote.start,
                quote.end,
                text[cue[0] : cue[1]] if cue else None,
                text[speaker[0] : speaker[1]] if speaker else None,
                quote.attrs.get("speaker_label"),
                bool(quote.attrs.get("stance")),
            ]
        )
    return rows


def sweep_one(doc_id: str, text: str, lang: str, stages: list) -> dict:
    """One text's dump line; a stage's failure is kept as the line's error."""
    article = Article(text=text, language=lang)
    try:
        for stage in stages:
            stage.func(article)
    except Exception as error:  # a sweep reports every failure and goes on
        return {"id": doc_id, "text": article.text, "quotes": [], "error": f"{type(error).__name__}: {error}"}
    return {"id": doc_id, "text": article.text, "quotes": quotations(article)}


def changes(before: dict[str, dict], after: dict[str, dict]) -> list[tuple]:
    """(kind, id, text, quotation[, old label]) for every quotation NEW, GONE, with another speaker label (SPK) or
    turned from speech to stance or back (STANCE), and (ERROR, id, text, message) for a text that fails only after.
    Dumps written before the stance column read as speech."""
    found: list[tuple] = []
    for doc_id, old in before.items():
        new = after.get(doc_id)
        if new is None:
            continue
        text = new["text"]
        if new.get("error") and not old.get("error"):
            found.append(("ERROR", doc_id, text, new["error"]))
        was = {(q[0], q[1]): q for q in old["quotes"]}
        now = {(q[0], q[1]): q for q in new["quotes"]}
        found += [("GONE", doc_id, old["text"], was[key]) for key in sorted(was.keys() - now.keys())]
        found += [("NEW", doc_id, text, now[key]) for key in sorted(now.keys() - was.keys())]
        found += [
            ("SPK", doc_id, text, now[key], was[key][4])
            for key in sorted(was.keys() & now.keys())
            if was[key][4] != now[key][4]
        ]
        found += [
            ("STANCE", doc_id, text, now[key])
            for key in sorted(was.keys() & now.keys())
            if _stance(was[key]) != _stance(now[key])
        ]
    return found


def _stance(quote: list) -> bool:
    return bool(quote[5]) if len(quote) > 5 else False


def _read(path: Path) -> dict[str, dict]:
    """A dump written by `dump`: its rows by id; a line that is no dump row stops with its place named."""
    rows = {}
    with path.open(encoding="utf-8") as fh:
        for number, line in enumerate(fh, 1):
            try:
                row = json.loads(line)
                if not isinstance(row["text"], str) or not isinstance(row["quotes"], list):
                    raise TypeError("text must be a string and quotes a list")
                rows[row["id"]] = row
            except (json.JSONDecodeError, KeyError, TypeError) as error:
                raise click.ClickException(
                    f"{path}:{number} is no row of `quote_sweep.py dump` ({error!r}): dump the language again"
                ) from error
    return rows


def _in_context(change: tuple) -> str:
    kind, doc_id, text = change[:3]
    if kind == "ERROR":
        return f"ERROR {doc_id}: {change[3]}"
    start, end, cue, speaker, label = change[3][:5]
    before = max(text.rfind("\n", 0, start) + 1, start - 300)
    after = text.find("\n", end)
    after = len(text) if after < 0 else min(after, end + 200)
    was = f" was {change[4]!r}" if kind == "SPK" else ""
    if kind == "STANCE":
        was = " now a stance" if _stance(change[3]) else " now speech"
    return "\n".join(
        (
            f"{kind} {doc_id} cue={cue!r} speaker={speaker!r} label={label!r}{was}",
            f"  content: {text[start:end][:400]}",
            f"  context: {text[before:after][:900]}".replace("\n", " / "),
        )
    )


@click.group()
def main() -> None:
    """Dump the quotes stage's output over a language's real news texts, or compare two dumps."""


@main.command()
@click.argument("lang")
@click.argument("out", type=click.Path(dir_okay=False, path_type=Path))
@click.option(
    "--eval-dir",
    type=click.Path(file_okay=False, path_type=Path),
    default=Path("../shared/eval"),
    show_default=True,
    help="The shared gold sets (slavicner/, semeval8/, cl_tls/).",
)
def dump(lang: str, out: Path, eval_dir: Path) -> None:
    """Write every quotation of every LANG text (ISO 639-1, e.g. pl) to OUT as JSON lines."""
    docs = list(texts_of(eval_dir, lang))
    if not docs:
        sys.exit(f"no {lang!r} texts under {eval_dir}: pass --eval-dir with slavicner/, semeval8/ or cl_tls/ in it")
    stages = [stage for stage in default_pipeline().stages if stage.name in SWEEP_STAGES]
    failed = 0
    with out.open("w", encoding="utf-8") as fh, click.progressbar(docs, label=f"{lang} texts", file=sys.stderr) as bar:
        for doc_id, text in bar:
            row = sweep_one(doc_id, text, lang, stages)
            failed += "error" in row
            fh.write(json.dumps(row, ensure_ascii=False) + "\n")
    click.echo(f"{len(docs)} texts, {failed} failed -> {out}")


@main.command()
@click.argument("before", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.argument("after", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option("--show", default=30, show_default=True, help="Changes to print in context (a random sample).")
@click.option("--seed", default=1, show_default=True, help="Seed of the sample.")
def diff(before: Path, after: Path, show: int, seed: int) -> None:
    """Count and show the quotations that differ between the BEFORE and AFTER dumps."""
    found = changes(_read(before), _read(after))
    click.echo(json.dumps(Counter(change[0] for change in found), sort_keys=True))
    for change in random.Random(seed).sample(found, min(show, len(found))):
        click.echo("-" * 80)
        click.echo(_in_context(change))


if __name__ == "__main__":
    main()
