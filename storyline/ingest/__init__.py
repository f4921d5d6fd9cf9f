"""Ingestion: read inputs of every format into `Article`s, run the analysis, store, report.

Readers (one module per format under `storyline/ingest/`) yield `Article` (text == raw_text,
metadata with provenance) or `Skip` (why an item could not be read). `ingest()` cleans and analyses
each article through the default pipeline, links duplicates, stores each article atomically and
runs the cross-document steps (entity linking, events, stories).
"""

from __future__ import annotations

from storyline.ingest.report import DuplicateLink, IngestEvent, IngestReport
from storyline.ingest.run import ingest
from storyline.ingest.skip import Skip

__all__ = ["DuplicateLink", "IngestEvent", "IngestReport", "Skip", "ingest"]
