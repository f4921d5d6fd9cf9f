"""An actor's quotes in the text briefing: all of them up to a limit, beyond it the most cited and how many more.

A 238-article story of the bench corpus listed 598 quotes under 12 actors (a head of state 178 more than the limit)
in the text briefing; the JSON and HTML keep every quote."""

from __future__ import annotations

from pathlib import Path

import pytest

import storyline.brief.render as render
from storyline.brief.render import most_cited


def _q(name: str, copies: int) -> dict[str, object]:
    return {"kind": "reported", "name": name, "also": [{}] * copies}


def test_most_cited_keeps_the_briefing_order() -> None:
    quotes = [_q("a", 0), _q("b", 3), _q("c", 1), _q("d", 3), _q("e", 0)]
    assert [q["name"] for q in most_cited(quotes, 3)] == ["b", "c", "d"]
    assert most_cited(quotes, 5) == quotes and most_cited(quotes, 9) == quotes


def test_the_text_briefing_says_how_many_more(seeds_dir: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from storyline.brief.build import build_briefing
    from storyline.ingest import ingest
    from storyline.store import open_store

    store = open_store(tmp_path / "s.db")
    try:
        ingest([seeds_dir], store)
        briefing = build_briefing(store, None, record=False)
    finally:
        store.close()
    full = render.to_markdown(briefing)
    assert "more, each cited by fewer sources" not in full  # the seeds' actors are under the limit
    monkeypatch.setattr(render, "ACTOR_QUOTES", 2)
    capped = render.to_markdown(briefing)
    more = [ln for ln in capped.splitlines() if "more, each cited by fewer sources" in ln]
    assert more and all("storyline quotes --speaker" in ln for ln in more)
    assert len(capped.splitlines()) < len(full.splitlines())
