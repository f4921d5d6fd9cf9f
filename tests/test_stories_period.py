"""The batch consolidation pass run on a store: fragments of one story merge back, and it is saved."""

from __future__ import annotations

from pathlib import Path

import pytest

from storyline.ingest import ingest
from storyline.store import open_store
from storyline.stories.period import consolidate_period
from storyline.stories.storage import forget_cache


def _stories(store) -> dict[str, set[str]]:
    out: dict[str, set[str]] = {}
    for r in store.query("SELECT article_id, storyline_id FROM story_members"):
        out.setdefault(r["storyline_id"], set()).add(r["article_id"])
    return out


def _fragment(store, lock: bool) -> tuple[set[str], list[set[str]]]:
    """Split the largest storyline's later half into a storyline of its own, as streaming fragments a story."""
    stories = _stories(store)
    big = max(stories, key=lambda s: len(stories[s]))
    rows = store.query(
        "SELECT article_id FROM story_members WHERE storyline_id = ? ORDER BY published_at, article_id", (big,)
    )
    later = [r["article_id"] for r in rows][len(rows) // 2 :]
    with store.atomic():
        store.execute(
            "INSERT INTO storylines (id, n_articles, locked, updated_at) VALUES ('s-fragment', ?, ?, '2026-01-01')",
            (len(later), int(lock)),
        )
        store.execute(
            "INSERT INTO story_events (id, storyline_id, n_articles) VALUES ('e-fragment', 's-fragment', ?)",
            (len(later),),
        )
        store.executemany(
            "UPDATE story_members SET storyline_id = 's-fragment', event_id = 'e-fragment' WHERE article_id = ?",
            [(a,) for a in later],
        )
    forget_cache(store)
    return stories[big], [m for s, m in stories.items() if s != big]


@pytest.fixture
def demo_store(examples_dir: Path, tmp_path: Path):
    store = open_store(tmp_path / "demo.db")
    manifest = examples_dir / "manifest.csv"
    ingest([examples_dir / "corpus"], store, manifest=manifest if manifest.exists() else None)
    return store


def test_fragments_of_a_stored_story_merge_back(demo_store) -> None:
    whole, others = _fragment(demo_store, lock=False)
    assert sum(1 for m in _stories(demo_store).values() if m & whole) == 2
    done = consolidate_period(demo_store)
    assert done.merged >= 1
    after = _stories(demo_store)
    assert any(whole <= m for m in after.values())  # the story is whole again
    for members in others:  # the other stories and the noise are as they were
        assert members in after.values()
    # nothing left behind: every stored storyline and event has members, and counts agree
    assert not demo_store.query("SELECT id FROM story_events WHERE id NOT IN (SELECT event_id FROM story_members)")
    assert not demo_store.query("SELECT id FROM storylines WHERE id NOT IN (SELECT storyline_id FROM story_members)")
    for r in demo_store.query(
        "SELECT s.id, s.n_articles, COUNT(m.article_id) AS n FROM storylines s JOIN story_members m "
        "ON m.storyline_id = s.id GROUP BY s.id"
    ):
        assert r["n_articles"] == r["n"], r
    assert consolidate_period(demo_store).merged == 0  # a second pass has nothing left to do


def test_a_corrected_fragment_stays_apart(demo_store) -> None:
    whole, _ = _fragment(demo_store, lock=True)
    consolidate_period(demo_store)
    assert sum(1 for m in _stories(demo_store).values() if m & whole) == 2


def test_a_bulk_ingest_ends_with_the_batch_pass(examples_dir: Path, tmp_path: Path) -> None:
    """`stories_consolidate_after`: a run that places that many articles ends with the pass; fewer do not."""
    from storyline.settings import load_settings

    settings = dict(load_settings())
    settings["stories_consolidate_after"] = 10
    manifest = examples_dir / "manifest.csv"
    store = open_store(tmp_path / "bulk.db")
    report = ingest(
        [examples_dir / "corpus"], store, manifest=manifest if manifest.exists() else None, settings=settings
    )
    assert report.corpus_steps[-1] == "consolidate"
    assert not report.skipped or all(s.stage != "consolidate" for s in report.skipped)
    settings["stories_consolidate_after"] = 1000
    small = open_store(tmp_path / "small.db")
    report = ingest(
        [examples_dir / "corpus"], small, manifest=manifest if manifest.exists() else None, settings=settings
    )
    assert "consolidate" not in report.corpus_steps and "stories" in report.corpus_steps
    # the demo's stories are right already: the pass leaves them as streaming made them
    assert sorted(map(sorted, _stories(small).values())) == sorted(map(sorted, _stories(store).values()))
