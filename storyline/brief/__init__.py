"""The briefing: what a story is, what happened when, who said what, where parties stand, what is new.

* `build.build_briefing(store, story_or_query, since=, as_of=)` -> `model.Briefing`, every statement a
  `Citation` (article id + offsets into the stored text, outlet, language, date); no sentence is generated.
* Sections: `material` (the story's articles as known on a date), `timeline` (date selection and
  extractive per-date summaries, the same code `storyline eval timeline` scores), `actors` (entities,
  roles, name variants, quotes by speaker), `positions` (issues x parties stances from
  `langs/<iso>/positions.py`, analyst corrections), `claims` (cross-lingual sentence matching:
  corroborated / single-source / contradicted, sourcing, what's new).
* Formats: `render` (rich text, Markdown, JSON) and `html` (one self-contained file); `chromium` drives a
  headless browser for the HTML test and docs/screenshots.
* Tables (migration 0006_briefs.sql): `brief_history` (what's new defaults to "since the previous
  briefing"), `brief_position_corrections`, `brief_sentence_vectors` (cached embeddings).
"""

from __future__ import annotations

from storyline.brief.build import build_briefing
from storyline.brief.model import Briefing, Citation

__all__ = ["Briefing", "Citation", "build_briefing"]
