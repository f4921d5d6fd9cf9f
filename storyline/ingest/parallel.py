"""Per-article analysis in forked worker processes (or Ray actors: ray_pool.py), in chunks, while this
process stays the one writer.

The per-article stages (clean, language, sentences, mentions, ...) need no store and dominate ingest
CPU (bench/stories.py, 300 articles: ~21 ms CPU an article, language detection and mentions 10 ms each),
so a long run sends them to a pool of processes forked once the models are loaded: the children
inherit them instead of loading their own. Articles travel in chunks (one pickle and one queue round
trip per chunk, not per article: the earlier per-article attempt lost on the round trips), and come
back analysed together with their duplicate signature and what the corpus steps can prepare from the
article alone (its mention groups for "entities", its story features for "stories"; see
`storyline.prepared`), so the writer only links duplicates, stores, and runs the corpus steps. Results are consumed in input order; a bounded
number of articles is in flight, so memory stays flat on any corpus size.
"""

from __future__ import annotations

import multiprocessing
import os
from collections.abc import Callable
from typing import Any

from storyline.errors import StorylineError
from storyline.ingest.skip import Skip
from storyline.model import Article, Span
from storyline.pipeline import Pipeline, freeze_loaded

# Articles per task sent to a worker: big enough that the round trip is amortised (~0.1 ms an article for
# the queue at 32, vs 1-2 ms one by one), small enough that results stream back steadily.
CHUNK = 32
# Parallel analysis starts after this many articles: short runs (a few files, the tests) never pay for
# starting processes, and the first articles load the models the forked workers then inherit.
PARALLEL_AFTER = 64
# Chunks in flight per worker: enough to keep workers busy while the writer runs a corpus step on what
# it stored. The steps run every 2,000 articles (`run.CORPUS_EVERY`) and take ~25 s at 20k; at 16 chunks
# (1,024 articles for two workers) the workers ran dry halfway through and the writer then waited for
# them (73 s of 347 in a 5k cProfile of bench/stories.py). 32: 2,048 analysed articles can wait.
IN_FLIGHT_PER_WORKER = 32
# Workers run this much nicer than the writer: the writer is the one serial stage (store, link, assign),
# so when both compete for a core the writer should win; idle cores still go to the workers.
WORKER_NICE = 5

Outcome = tuple[Any, ...]  # (Article, signature, prepared | None) or (Skip,)


def default_workers() -> int:
    """Worker processes for analysis: the CPU cores this process may use, at most 4 (`STORYLINE_WORKERS` overrides)."""
    env = os.environ.get("STORYLINE_WORKERS", "").strip()
    if env:
        try:
            return max(1, int(env))
        except ValueError as exc:
            raise StorylineError(f"STORYLINE_WORKERS={env!r} is not a whole number; set it to 1, 2, ...") from exc
    try:
        cores = len(os.sched_getaffinity(0))
    except AttributeError:  # not on Linux
        cores = os.cpu_count() or 1
    return max(1, min(cores, 4))


def describe(exc: BaseException) -> str:
    """A skip reason for an exception: its message for ours, type and text for anything else."""
    if isinstance(exc, StorylineError):
        return str(exc)
    return f"{type(exc).__name__}: {exc} (an internal error; please report it with this input)"


def analyse(pipe: Pipeline, article: Article, features: Callable[[Article], Any] | None = None) -> Outcome:
    """Run the per-article stages, the duplicate signature and (optionally) the corpus steps' preparation of one article."""
    from storyline.dedup import signature

    for st in pipe.stages:
        try:
            st.func(article)
        except Exception as exc:  # one article's failure in any stage must not end the batch
            return (Skip(article.source, describe(exc), st.name),)
    if not article.text.strip():
        return (Skip(article.source, f"{article.source}: no body text left after cleaning", "clean"),)
    try:
        sig = signature(article.text)
    except Exception as exc:
        return (Skip(article.source, describe(exc), "duplicates"),)
    feats = None
    if features is not None:
        try:
            feats = features(article)
        except Exception:  # an optimisation: the corpus steps compute what is missing themselves
            feats = None
    return (article, sig, feats)


_WORKER: tuple[Pipeline, Callable[[Article], Any] | None] | None = None


def _init_worker(parent: int, pipe: Pipeline, features: Callable[[Article], Any] | None) -> None:
    global _WORKER
    _WORKER = (pipe, features)
    freeze_loaded()  # the models the writer loaded before forking: shared pages, shorter full collections
    _default_signals()
    _die_with_parent(parent)
    try:
        os.nice(WORKER_NICE)
    except (OSError, AttributeError):  # not permitted, or not on this platform: run at the writer's priority
        pass


def _default_signals() -> None:
    """SIGTERM ends a worker, and Ctrl-C is the writer's business, whatever handlers the writer's process had.

    A forked worker inherits Python's signal handlers: under a host that handles SIGTERM (a web server, Ray,
    a test runner) `Pool.terminate()` only ran that handler, the worker went on waiting for work and `close()`
    waited for it forever; and Ctrl-C stopped every worker mid-article instead of letting the writer end the run.
    """
    import signal

    signal.signal(signal.SIGTERM, signal.SIG_DFL)
    signal.signal(signal.SIGINT, signal.SIG_IGN)


def _die_with_parent(parent: int) -> None:
    """End this worker when the writer dies (a SIGKILLed ingest must not leave workers waiting forever)."""
    import signal

    try:
        import ctypes

        libc = ctypes.CDLL(None, use_errno=True)
        libc.prctl(1, int(signal.SIGTERM))  # PR_SET_PDEATHSIG (Linux); elsewhere the call fails harmlessly
    except (OSError, AttributeError):
        pass
    if os.getppid() != parent:  # the writer died before the request took effect
        os._exit(0)


def _analyse_chunk(articles: list[Article]) -> list[Outcome]:
    assert _WORKER is not None, "worker started without a pipeline"
    pipe, features = _WORKER
    return [_pack(analyse(pipe, a, features)) for a in articles]


def _pack(outcome: Outcome) -> Outcome:
    """An outcome made cheap to unpickle: its spans as plain tuples (this worker is done with the article).

    Spans are frozen slotted dataclasses, which pickle restores field by field in Python: ~190 spans an
    article made unpickling cost the writer 1.9 ms an article; tuples rebuilt with `Span(...)` cost less
    than half (600 SlavicNER and Timeline17 articles).
    """
    if len(outcome) != 3:
        return outcome
    article = outcome[0]
    packed = {name: [(s.start, s.end, s.attrs) for s in spans] for name, spans in article.layers.items()}
    article.layers = {}
    return (*outcome, packed)


def _unpack(outcome: Outcome) -> Outcome:
    """The outcome `_pack` made, with the article's spans rebuilt."""
    if len(outcome) != 4:
        return outcome
    article, sig, prepared, packed = outcome
    article.layers = {name: [Span(s, e, name, attrs) for s, e, attrs in rows] for name, rows in packed.items()}
    return (article, sig, prepared)


class _Chunk:
    """Articles analysed together: inline, or by one worker task."""

    def __init__(self) -> None:
        self.articles: list[Article] = []
        self.result: Any = None  # AsyncResult once sent to a worker
        self.outcomes: list[Outcome] | None = None


class Job:
    """One submitted article; `outcome()` waits for its chunk."""

    def __init__(self, owner: Analysers, chunk: _Chunk, index: int):
        self._owner, self._chunk, self._index = owner, chunk, index

    @property
    def article(self) -> Article:
        """The article as submitted (before analysis)."""
        return self._chunk.articles[self._index]

    def outcome(self) -> Outcome:
        """(analysed Article, signature, features) or (Skip,)."""
        return self._owner.collect(self._chunk)[self._index]


class Analysers:
    """Runs `analyse` inline, in a pool of forked processes once the run is long enough, or on Ray actors."""

    def __init__(
        self,
        pipe: Pipeline,
        workers: int,
        features: Callable[[Article], Any] | None = None,
        ray_address: str = "",
    ):
        self.pipe = pipe
        self.features = features
        self.workers = max(1, workers)
        self.pool: Any = None
        self.seen = 0
        self._open: _Chunk | None = None
        if ray_address:
            # on Ray from the first article: a missing Ray or an unreachable cluster is said before anything
            # is read, and the models load in the actors only
            from storyline.ingest.ray_pool import RayPool

            self.pool = RayPool(ray_address, self.workers if self.workers > 1 else None, pipe, features)
            self.workers = len(self.pool.actors)

    @property
    def parallel(self) -> bool:
        """Whether a worker pool is running."""
        return self.pool is not None

    @property
    def window(self) -> int:
        """Articles that may be in flight before the oldest must be finished."""
        return self.workers * CHUNK * IN_FLIGHT_PER_WORKER if self.pool is not None else 0

    def submit(self, article: Article) -> Job:
        """Queue one article for analysis."""
        self.seen += 1
        if self.pool is None and self.workers > 1 and self.seen > PARALLEL_AFTER:
            self._start()
        if self._open is None:
            self._open = _Chunk()
        chunk = self._open
        chunk.articles.append(article)
        job = Job(self, chunk, len(chunk.articles) - 1)
        if self.pool is None:
            self._run_inline(chunk)
        elif len(chunk.articles) >= CHUNK:
            self._send(chunk)
        return job

    def _start(self) -> None:
        if "fork" not in multiprocessing.get_all_start_methods():  # elsewhere: stay inline
            self.workers = 1
            return
        ctx = multiprocessing.get_context("fork")
        self._open = None  # a chunk begun inline is finished inline
        self.pool = ctx.Pool(self.workers, initializer=_init_worker, initargs=(os.getpid(), self.pipe, self.features))

    def _run_inline(self, chunk: _Chunk) -> None:
        article = chunk.articles[-1]
        chunk.outcomes = (chunk.outcomes or []) + [analyse(self.pipe, article, self.features)]
        if len(chunk.articles) >= CHUNK:
            self._open = None

    def _send(self, chunk: _Chunk) -> None:
        if chunk is self._open:
            self._open = None
        if chunk.outcomes is not None or chunk.result is not None:
            return
        chunk.result = self.pool.apply_async(_analyse_chunk, (chunk.articles,))

    def collect(self, chunk: _Chunk) -> list[Outcome]:
        """The outcomes of a chunk, sending it first when it is still open."""
        if chunk.outcomes is None:
            if chunk.result is None:
                self._send(chunk)
            try:
                chunk.outcomes = [_unpack(o) for o in chunk.result.get()]
            except Exception as exc:  # a worker that died (killed, out of memory) fails this chunk only
                chunk.outcomes = [(Skip(a.source, describe(exc), "analysis"),) for a in chunk.articles]
            chunk.result = None
        return chunk.outcomes

    def close(self) -> None:
        """Stop the workers (every job was collected, or the run is ending on an error)."""
        if self.pool is not None:
            self.pool.terminate()
            self.pool.join()
            self.pool = None
