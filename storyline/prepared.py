"""Per-article results computed next to the analysis, waiting for a corpus step of this process.

A corpus step's per-article part that depends on one article alone (the within-article grouping of
its mentions for "entities", its vector and text keys for "stories") can run in ingest's analysis
workers, where it overlaps with the writer's work instead of adding to it. The writer keeps what they
return here, keyed by store and article id, and the corpus step takes it (once) instead of reading
the article back and recomputing it. Anything not found here is computed by the step as before, so
a result lost (a rerun after a crash, another process) costs time, never correctness.
"""

from __future__ import annotations

from typing import Any

# store location -> (step, article id) -> result. Bounded: a step that never runs (corpus steps off) must
# not grow it without end; past the bound the results are dropped and the steps compute them again.
_PREPARED: dict[str, dict[tuple[str, str], Any]] = {}
PREPARED_MAX = 50_000


def remember(location: str, step: str, article_id: str, value: Any) -> None:
    """Keep a result prepared for `step` on one article of the store at `location`."""
    table = _PREPARED.setdefault(location, {})
    if len(table) >= PREPARED_MAX:
        table.clear()
    table[(step, article_id)] = value


def take(location: str, step: str, article_id: str) -> Any:
    """The result prepared for `step` on this article (removed), or None."""
    table = _PREPARED.get(location)
    if not table:
        return None
    return table.pop((step, article_id), None)


def forget(location: str) -> None:
    """Drop every prepared result of a store (its articles may have changed)."""
    _PREPARED.pop(location, None)
