"""Per-language knowledge, one folder per ISO 639-1 code, one data module per pipeline stage.

`storyline/langs/pl/clean.py` holds the Polish cleaning patterns, `langs/pl/quotes.py` the Polish
quote marks and reporting verbs, and so on. Adding a language means adding a folder; code asks
`language_data("pl", "quotes")` and never branches on a language code.
"""

from __future__ import annotations

import importlib
import pkgutil
from functools import cache
from types import ModuleType

from storyline.errors import NotFound


@cache
def available_languages() -> tuple[str, ...]:
    """ISO codes of every language folder shipped with the package."""
    return tuple(sorted(m.name for m in pkgutil.iter_modules(__path__) if m.ispkg))


@cache
def language_data(lang: str, stage: str) -> ModuleType | None:
    """The data module `storyline.langs.<lang>.<stage>`, or None when that language has none for the stage."""
    if lang not in available_languages():
        return None
    try:
        return importlib.import_module(f"storyline.langs.{lang}.{stage}")
    except ModuleNotFoundError as exc:
        if exc.name == f"storyline.langs.{lang}.{stage}":
            return None
        raise


def require_language_data(lang: str, stage: str) -> ModuleType:
    """Like `language_data` but raises `NotFound` naming the missing folder."""
    module = language_data(lang, stage)
    if module is None:
        raise NotFound(
            f"no {stage} data for language {lang!r}; add storyline/langs/{lang}/{stage}.py "
            f"(languages with it: {', '.join(languages_with(stage)) or 'none'})"
        )
    return module


@cache
def languages_with(stage: str) -> tuple[str, ...]:
    """Languages that ship a data module for `stage`."""
    return tuple(lang for lang in available_languages() if language_data(lang, stage) is not None)
