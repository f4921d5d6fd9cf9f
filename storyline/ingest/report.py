"""What an ingest run did: ingested, unchanged, duplicates (with kind and of-id), skipped (with reason)."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any

from storyline.ingest.skip import Skip


@dataclass(frozen=True)
class DuplicateLink:
    """An article found to be an exact or near copy (or an update) of an earlier one.

    `article_id == of_id` when the copy is the very same article (same id) read from another input:
    it is reported, not stored twice.
    """

    article_id: str
    source: str
    kind: str  # exact | near | update
    of_id: str
    similarity: float | None = None


@dataclass(frozen=True)
class IngestEvent:
    """One step of progress, for a progress bar: what happened to which input item."""

    outcome: str  # ingested | unchanged | duplicate | skipped | corpus
    source: str
    article_id: str | None = None
    detail: str = ""


@dataclass
class IngestReport:
    """The outcome of one `ingest()` call."""

    ingested: list[str] = field(default_factory=list)  # ids stored by this run (duplicates included)
    unchanged: list[str] = field(default_factory=list)  # ids already stored (same input ingested before)
    duplicates: list[DuplicateLink] = field(default_factory=list)
    skipped: list[Skip] = field(default_factory=list)
    corpus_steps: list[str] = field(default_factory=list)  # cross-document steps that ran
    seconds: float = 0.0

    @property
    def articles_read(self) -> int:
        """Articles read and accounted for: stored, unchanged, or the same article met in another input."""
        again = sum(1 for d in self.duplicates if d.article_id == d.of_id)
        return len(self.ingested) + len(self.unchanged) + again

    @property
    def articles_per_second(self) -> float:
        """Throughput over the articles read."""
        return self.articles_read / self.seconds if self.seconds > 0 else 0.0

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready form (for `storyline ingest --json`)."""
        return {
            "articles_read": self.articles_read,
            "ingested": len(self.ingested),
            "unchanged": len(self.unchanged),
            "duplicates": [asdict(d) for d in self.duplicates],
            "skipped": [asdict(s) for s in self.skipped],
            "corpus_steps": self.corpus_steps,
            "seconds": round(self.seconds, 3),
            "articles_per_second": round(self.articles_per_second, 1),
            "ids": self.ingested,
        }
