"""One exception family for storyline; each class is one kind of failure.

Every message names the offending input and says how to fix it, so the CLI can print it as is.
"""

from __future__ import annotations


class StorylineError(Exception):
    """Base class of every error storyline raises on purpose."""


class UnsupportedInput(StorylineError):
    """An input file, URL or record that storyline cannot read (format, encoding, size, syntax)."""


class FetchError(StorylineError):
    """A URL could not be fetched within the limits (scheme, timeout, size, redirects, HTTP status)."""


class StorageError(StorylineError):
    """The store could not be opened, migrated or written."""


class PipelineError(StorylineError):
    """Pipeline stages are wired wrongly (a stage needs what no earlier stage produces)."""


class NotFound(StorylineError):
    """A requested article, entity, story or language pack does not exist."""


class EvaluationDataError(StorylineError):
    """An evaluation data file is missing or not in the documented format."""
