"""The analysis pipeline: named stages over one `Article`, each stating what it needs and produces.

A stage that needs a layer or field no earlier stage produces fails when the pipeline is built,
not deep inside a run. Stages register themselves with `@stage(...)`; registering a second stage
under a taken name is an error rather than a silent replacement.
"""

from __future__ import annotations

import gc
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass

from storyline.errors import PipelineError
from storyline.model import Article

StageFunc = Callable[[Article], None]

# What an article has before any stage runs (set by ingestion).
INGESTED = frozenset({"text", "raw_text", "metadata"})


def freeze_loaded() -> None:
    """Move every object alive now (the loaded models: spaCy pipelines, CRF, weights, lexicon regexes,
    gazetteers) out of the garbage collector's reach, in a worker forked once its parent loaded them.

    Collection stays enabled for what the articles allocate; only these long-lived objects, which no article
    frees, are no longer traversed by full collections. The CPU saved is small (quotes stage, 100 PolNeAR
    texts, four interleaved runs: +1% articles per CPU second, within noise); the memory is the point: a
    worker's first full collection wrote the header of every inherited object and so copied its page
    (2 workers, accurate quotes: 77/72 -> 45/40 MB private dirty each).
    Freezing only relinks the collector's lists, so it writes no object header and the forked worker's pages
    stay shared with its parent's (copy on write); a collection would write them all. Not done on import:
    only a process that has loaded what it will keep should call it.
    """
    gc.freeze()


@dataclass(frozen=True)
class Stage:
    """One named step: a function that adds layers or fields to an article in place."""

    name: str
    func: StageFunc
    needs: frozenset[str]
    produces: frozenset[str]
    doc: str = ""


_REGISTRY: dict[str, Stage] = {}


def stage(name: str, *, needs: Iterable[str] = (), produces: Iterable[str] = ()) -> Callable[[StageFunc], StageFunc]:
    """Register a function as a pipeline stage."""

    def register(func: StageFunc) -> StageFunc:
        if name in _REGISTRY and _REGISTRY[name].func is not func:
            raise PipelineError(f"a stage named {name!r} is already registered by {_REGISTRY[name].func.__module__}")
        _REGISTRY[name] = Stage(name, func, frozenset(needs), frozenset(produces), (func.__doc__ or "").strip())
        return func

    return register


def registered_stages() -> dict[str, Stage]:
    """All stages registered so far, by name."""
    return dict(_REGISTRY)


class Pipeline:
    """An ordered, validated list of stages."""

    def __init__(self, stages: Sequence[Stage]):
        available = set(INGESTED)
        for st in stages:
            missing = st.needs - available
            if missing:
                raise PipelineError(
                    f"stage {st.name!r} needs {sorted(missing)} but no earlier stage produces it; "
                    f"order so far: {[s.name for s in stages[: stages.index(st)]]}"
                )
            available |= st.produces
        self.stages = list(stages)

    @classmethod
    def from_names(cls, names: Sequence[str]) -> Pipeline:
        """Build from registered stage names, in the given order."""
        unknown = [n for n in names if n not in _REGISTRY]
        if unknown:
            raise PipelineError(f"unknown stage(s) {unknown}; registered: {sorted(_REGISTRY)}")
        return cls([_REGISTRY[n] for n in names])

    def __call__(self, article: Article) -> Article:
        for st in self.stages:
            st.func(article)
        return article

    @property
    def names(self) -> list[str]:
        """Stage names in order."""
        return [s.name for s in self.stages]


# --- the default analysis -----------------------------------------------------------------------
# Per-article stages, in order, and the modules that register them (imported lazily: no work at import).
DEFAULT_STAGES: tuple[tuple[str, str], ...] = (
    ("clean", "storyline.clean"),
    ("language", "storyline.language"),
    ("sentences", "storyline.sentences"),
    ("mentions", "storyline.entities"),
    ("quotes", "storyline.quotes"),
    ("timex", "storyline.timex"),
)

# Corpus steps run after a batch of articles is stored: they need the store (cross-document work).
CorpusStep = Callable[..., None]  # (store, article_ids: list[str]) -> None
_CORPUS_STEPS: dict[str, CorpusStep] = {}

DEFAULT_CORPUS_STEPS: tuple[tuple[str, str], ...] = (
    ("entities", "storyline.entities"),
    ("events", "storyline.events"),
    ("stories", "storyline.stories"),
)


def corpus_step(name: str) -> Callable[[CorpusStep], CorpusStep]:
    """Register a cross-document step `(store, article_ids) -> None` run after each ingest batch."""

    def register(func: CorpusStep) -> CorpusStep:
        if name in _CORPUS_STEPS and _CORPUS_STEPS[name] is not func:
            raise PipelineError(
                f"a corpus step named {name!r} is already registered by {_CORPUS_STEPS[name].__module__}"
            )
        _CORPUS_STEPS[name] = func
        return func

    return register


def _import_stage_module(module: str) -> None:
    import importlib

    importlib.import_module(module)


def default_pipeline() -> Pipeline:
    """The per-article stages shipped with storyline, in order."""
    for _, module in DEFAULT_STAGES:
        _import_stage_module(module)
    return Pipeline.from_names([name for name, _ in DEFAULT_STAGES])


def default_corpus_steps() -> list[tuple[str, CorpusStep]]:
    """The cross-document steps shipped with storyline, in order."""
    steps = []
    for name, module in DEFAULT_CORPUS_STEPS:
        _import_stage_module(module)
        if name not in _CORPUS_STEPS:
            raise PipelineError(f"module {module} does not register the corpus step {name!r}")
        steps.append((name, _CORPUS_STEPS[name]))
    return steps
