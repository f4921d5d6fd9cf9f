"""No two parts of the quote finder define a method of the same name.

`QuoteFinder` is put together from mixins (phrases, boundaries, direct, reported, base); a method one of them
defines under a name another already uses silently replaces it for every caller in the finder's method order. Two
helpers' branches each added a `_clause_after` (session 29: "a complementizer opens the words at k" in direct.py,
"a clause opens soon after cue i" in phrases.py), and the medium-name rule of phrases.py ran the other one; mypy only
sees such a clash when the signatures differ.
"""

from __future__ import annotations

import inspect
from collections import defaultdict

from storyline.quotes.extract import QuoteFinder

# Methods a part defines on purpose over another's (the object protocol).
OVERRIDES = {"__init__", "__init_subclass__", "__subclasshook__"}


def test_each_finder_method_name_is_defined_once() -> None:
    parts = [c for c in QuoteFinder.__mro__ if c.__module__.startswith("storyline.quotes")]
    where: dict[str, list[str]] = defaultdict(list)
    for part in parts:
        for name, value in vars(part).items():
            if inspect.isfunction(value) and name not in OVERRIDES:
                where[name].append(part.__name__)
    assert len(parts) >= 5
    assert {name: owners for name, owners in where.items() if len(owners) > 1} == {}
