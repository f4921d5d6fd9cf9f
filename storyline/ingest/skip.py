"""`Skip`: an input item that could not be ingested (kept apart so readers can import it cheaply)."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Skip:
    """An input item that could not be ingested: where it is, which stage refused it, and why."""

    source: str
    reason: str
    stage: str = "read"
