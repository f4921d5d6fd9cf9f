"""`ingest()`: read, apply the manifest, analyse, link duplicates, store atomically, run corpus steps.

Articles are written in batches (one transaction per batch, a savepoint per article), so a SIGKILL
loses at most the open batch and never leaves half an article; a rerun finds what is stored
("unchanged": same id) and completes the rest. Corpus steps run on every article stored since the
last completed corpus run (the checkpoint lives in the meta table), so a run killed between storing
and the corpus steps is completed by the next one.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from storyline.errors import StorylineError
from storyline.ingest.manifest import Manifest
from storyline.ingest.report import DuplicateLink, IngestEvent, IngestReport
from storyline.ingest.skip import Skip
from storyline.ingest.sources import read_inputs
from storyline.model import Article, article_id
from storyline.pipeline import Pipeline, default_corpus_steps, default_pipeline
from storyline.settings import load_settings
from storyline.store import SkipRecord, Store

if TYPE_CHECKING:
    from storyline.dedup import DuplicateIndex

# Articles per transaction, and the longest a batch stays open (a SIGKILL loses at most that much work).
# Measured on 800 generated JSONL articles (bench/ingest.py generator): one commit per article took
# 8% more CPU and 12-28% more wall time than batches of 200.
BATCH_ARTICLES = 200
BATCH_SECONDS = 2.0
CORPUS_CHECKPOINT = "ingest.corpus_done_until"

Progress = Callable[[IngestEvent], None]


def ingest(
    inputs: Iterable[str | Path],
    store: Store,
    *,
    manifest: str | Path | None = None,
    settings: dict[str, Any] | None = None,
    progress: Progress | None = None,
    pipeline: Pipeline | None = None,
    corpus_steps: bool = True,
) -> IngestReport:
    """Read `inputs` (files, folders, URLs), analyse and store every article; bad items become Skips.

    `pipeline` replaces the default per-article stages; `corpus_steps=False` leaves the cross-document
    steps to the next ingest (the checkpoint is not advanced), as the benchmark does.
    """
    settings = settings or load_settings()
    started = time.perf_counter()
    report = IngestReport()
    notify = progress or (lambda event: None)
    man = Manifest.load(manifest, settings) if manifest else None
    pipe = pipeline or default_pipeline()
    from storyline.dedup import DuplicateIndex

    index = DuplicateIndex.from_store(store, float(settings["near_duplicate_threshold"]))
    # The manifest and the store's own files may sit in an ingested folder: they are not articles.
    own = [Path(store.location + suffix) for suffix in ("", "-wal", "-shm", "-journal")]
    items = read_inputs(inputs, settings, exclude=[*own, *([Path(manifest)] if manifest else [])])
    batch = _Batch(store)
    try:
        for item in items:
            batch.open()
            if isinstance(item, Skip):
                _skip(store, report, notify, item)
            else:
                _ingest_one(item, store, settings, man, pipe, index, report, notify)
            batch.maybe_commit()
    finally:
        batch.close()
    if corpus_steps:
        _run_corpus_steps(store, report, notify)
    report.seconds = time.perf_counter() - started
    return report


class _Batch:
    """One open transaction spanning several articles, committed by size or age."""

    def __init__(self, store: Store):
        self.store = store
        self._ctx: Any = None
        self._count = 0
        self._since = 0.0

    def open(self) -> None:
        if self._ctx is None:
            self._ctx = self.store.atomic()
            self._ctx.__enter__()
            self._count = 0
            self._since = time.monotonic()
        self._count += 1

    def maybe_commit(self) -> None:
        if self._count >= BATCH_ARTICLES or time.monotonic() - self._since > BATCH_SECONDS:
            self.close()

    def close(self) -> None:
        if self._ctx is not None:
            ctx, self._ctx = self._ctx, None
            ctx.__exit__(None, None, None)


def _skip(store: Store, report: IngestReport, notify: Progress, skip: Skip) -> None:
    report.skipped.append(skip)
    store.record_skip(SkipRecord(skip.source, skip.stage, skip.reason))
    notify(IngestEvent("skipped", skip.source, None, skip.reason))


def _ingest_one(
    article: Article,
    store: Store,
    settings: dict[str, Any],
    man: Manifest | None,
    pipe: Pipeline,
    index: DuplicateIndex,
    report: IngestReport,
    notify: Progress,
) -> None:
    if man is not None:
        try:
            if man.apply(article, settings):
                # Title and origin are part of the id: a copy given another outlet/title is another article.
                article.id = article_id(article.text, article.title, article.url or article.outlet)
        except StorylineError as exc:
            _skip(store, report, notify, Skip(article.source, str(exc), "manifest"))
            return
    stored = store.query("SELECT source FROM articles WHERE id = ?", (article.id,))
    if stored:
        if _same_input(stored[0]["source"], article.source):
            report.unchanged.append(article.id)
            notify(IngestEvent("unchanged", article.source, article.id))
        else:
            # Same body, title and URL from another input (a .txt and a JSONL line of one page): one article,
            # reported as an exact copy rather than hidden under "unchanged"; nothing new is stored.
            link = DuplicateLink(article.id, article.source, "exact", article.id, 1.0)
            report.duplicates.append(link)
            notify(IngestEvent("duplicate", article.source, article.id, f"same article as stored {article.id}"))
        return
    from storyline.dedup import signature

    for st in pipe.stages:
        try:
            st.func(article)
        except Exception as exc:  # one article's failure in any stage must not end the batch
            _skip(store, report, notify, Skip(article.source, _describe(exc), st.name))
            return
    if not article.text.strip():
        _skip(
            store, report, notify, Skip(article.source, f"{article.source}: no body text left after cleaning", "clean")
        )
        return
    try:
        sig = signature(article.text)  # computed once for matching and for indexing
        match = index.match(article, sig)
    except Exception as exc:  # a duplicate-index failure skips this article only
        _skip(store, report, notify, Skip(article.source, _describe(exc), "duplicates"))
        return
    if match is not None and match.of_id != article.id:
        article.duplicate_of, article.duplicate_kind, article.duplicate_similarity = (
            match.of_id,
            match.kind,
            match.similarity,
        )
    try:
        # A savepoint per article: a failure leaves none of it behind while the batch goes on.
        store.execute("SAVEPOINT article")
        try:
            store.put_article(article)
            index.add(article, store, sig)
        except BaseException:
            store.execute("ROLLBACK TO SAVEPOINT article")
            store.execute("RELEASE SAVEPOINT article")
            raise
        store.execute("RELEASE SAVEPOINT article")
    except Exception as exc:  # an article the store refuses is skipped, the batch goes on
        _skip(store, report, notify, Skip(article.source, _describe(exc), "store"))
        return
    report.ingested.append(article.id)
    if article.duplicate_of:
        link = DuplicateLink(
            article.id,
            article.source,
            article.duplicate_kind or "exact",
            article.duplicate_of,
            article.duplicate_similarity,
        )
        report.duplicates.append(link)
        notify(IngestEvent("duplicate", article.source, article.id, f"{link.kind} of {link.of_id}"))
    else:
        notify(IngestEvent("ingested", article.source, article.id))


def _same_input(stored: str, source: str) -> bool:
    """True when two source strings name the same input (paths compared resolved)."""
    if stored == source:
        return True
    try:
        return Path(stored).resolve() == Path(source).resolve()
    except (OSError, ValueError):
        return False


def _describe(exc: BaseException) -> str:
    if isinstance(exc, StorylineError):
        return str(exc)
    return f"{type(exc).__name__}: {exc} (an internal error; please report it with this input)"


def _run_corpus_steps(store: Store, report: IngestReport, notify: Progress) -> None:
    """Run the cross-document steps on every article stored since the last completed corpus run."""
    steps = default_corpus_steps()
    done_until = store.get_meta(CORPUS_CHECKPOINT) or ""
    rows = store.query(
        "SELECT id, ingested_at FROM articles WHERE ingested_at > ? "
        "ORDER BY published_at IS NULL, published_at, ingested_at, id",
        (done_until,),
    )
    if not rows:
        return
    ids = [r["id"] for r in rows]
    newest = max(r["ingested_at"] for r in rows)
    for name, step in steps:
        notify(IngestEvent("corpus", name, None, f"{len(ids)} article(s)"))
        try:
            with store.atomic():
                step(store, ids)
        except Exception as exc:  # stored articles stay; the step reruns on the next ingest
            skip = Skip(f"corpus step {name}", f"{_describe(exc)}; it will run again on the next ingest", name)
            _skip(store, report, notify, skip)
            return
        report.corpus_steps.append(name)
    store.set_meta(CORPUS_CHECKPOINT, newest)
