"""One table of settings: name, default, help. It feeds the config file, the CLI flags and the docs.

Defaults ship here; a user file (`storyline.toml` in the working folder, or the file named by
`STORYLINE_CONFIG`) overrides only the names it sets; environment variables `STORYLINE_<NAME>` win last.
"""

from __future__ import annotations

import os
import tomllib
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from storyline.errors import UnsupportedInput


@dataclass(frozen=True)
class Setting:
    """One setting with its default and a line of help."""

    name: str
    default: Any
    help: str


SETTINGS: tuple[Setting, ...] = (
    Setting("db", "storyline.db", "SQLite file (or postgresql:// URL) of the store"),
    Setting("fetch_timeout", 20.0, "seconds to wait for a URL before giving up"),
    Setting("fetch_max_bytes", 20_000_000, "largest response body accepted from a URL, in bytes"),
    Setting("fetch_max_redirects", 5, "redirects followed before a URL is given up"),
    Setting("max_file_bytes", 100_000_000, "largest input file read; larger files are skipped with a message"),
    Setting(
        "max_article_bytes",
        5_000_000,
        "largest single article (text/HTML file, JSONL line, feed entry, WARC record); larger ones are skipped",
    ),
    Setting(
        "user_agent",
        "storyline/0.1 (+https://github.com/storyline-news/storyline; news research)",
        "User-Agent sent with every request",
    ),
    Setting("default_timezone", "UTC", "time zone for dates given without one, when the language has no default"),
    Setting("near_duplicate_threshold", 0.8, "MinHash Jaccard above which two articles are near duplicates"),
    Setting(
        "entity_recognizer",
        "accurate",
        "accurate: spaCy for English; fast: the bundled tagger for every language (7x faster on English, F1 0.76 against spaCy)",
    ),
    Setting(
        "entity_spacy_max_chars",
        2500,
        "spaCy-language texts: spaCy reads the first N characters (whole sentences), the fast tagger the rest (0 = spaCy reads all; 2500 agrees with full spaCy at F1 0.93 on 4,000-character news, 1.5x faster)",
    ),
    Setting(
        "quote_parser",
        "accurate",
        "accurate: English quotes also read off spaCy's dependency parse with a learned scorer (PolNeAR dev F1@0.3 0.795); fast: reporting-verb rules only (F1 0.733, 3-9x faster)",
    ),
    Setting(
        "ray_address",
        "",
        "analyse articles on Ray instead of forked processes: 'local' starts Ray here, 'auto' joins this machine's cluster, 'ray://head:10001' a remote one (every node needs storyline[ray] installed); empty = forked processes",
    ),
    Setting(
        "stories_consolidate_after",
        200,
        "an ingest run that places at least this many articles ends with the batch pass over their period: blocks and articles of other stories move out, story fragments merge (0 = never; Timeline17+CL-TLS dev B-cubed 0.800 -> 0.866, SlavicNER 0.803 -> 0.877)",
    ),
)

_BY_NAME = {s.name: s for s in SETTINGS}


def load_settings(path: str | Path | None = None) -> dict[str, Any]:
    """Defaults, overridden by the config file, overridden by STORYLINE_* environment variables."""
    values = {s.name: s.default for s in SETTINGS}
    config = Path(path or os.environ.get("STORYLINE_CONFIG", "storyline.toml"))
    if config.is_file():
        try:
            data = tomllib.loads(config.read_text(encoding="utf-8"))
        except (tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
            raise UnsupportedInput(
                f"cannot read settings file {config}: {exc}; fix the TOML syntax or remove the file"
            ) from exc
        for key, value in data.items():
            if key not in _BY_NAME:
                raise UnsupportedInput(f"unknown setting {key!r} in {config}; known: {', '.join(sorted(_BY_NAME))}")
            values[key] = value
    for s in SETTINGS:
        env = os.environ.get(f"STORYLINE_{s.name.upper()}")
        if env is not None:
            values[s.name] = type(s.default)(env)
    return values
