"""Story clustering: the seed scenario, streaming behaviour, corrections that stick, scoring helpers."""

from __future__ import annotations

import shutil
from datetime import UTC, datetime, timedelta
from pathlib import Path

import numpy as np
import pytest

from storyline.evaluate.clustering import bcubed
from storyline.stories.cluster import Clusterer, KeyStats, key_cosine
from storyline.stories.features import StoryFeatures, fold_key, name_keys

SEED_EN = ("000_74a7c492cd335b8b.txt", "001_7fb53fbd3c46e9a8.txt")
SEED_PL = "002_6ea63a04d097cb71.txt"


def _ingest_seeds(seeds_dir: Path, tmp: Path, dated: bool) -> tuple[object, dict[str, str]]:
    from storyline.ingest import ingest
    from storyline.store import open_store

    folder = tmp / "seeds"
    folder.mkdir()
    for name in (*SEED_EN, SEED_PL):
        shutil.copy(seeds_dir / name, folder / name)
    manifest = None
    if dated:
        # the seeds README: the English articles are from November 2025; the texts carry no date
        manifest = tmp / "manifest.csv"
        manifest.write_text(
            "path,published_at\n"
            f"seeds/{SEED_EN[0]},2025-11-21T10:00:00+00:00\n"
            f"seeds/{SEED_EN[1]},2025-11-22T09:00:00+00:00\n",
            encoding="utf-8",
        )
    store = open_store(tmp / "s.db")
    ingest([folder], store, manifest=manifest)
    ids = {Path(r["source"]).name: r["id"] for r in store.query("SELECT id, source FROM articles")}
    return store, ids


@pytest.mark.parametrize("dated", [True, False])
def test_seeds_form_one_storyline_with_polish_in_later_event(seeds_dir: Path, tmp_path: Path, dated: bool) -> None:
    from storyline.stories import event_of_article, get_story, list_stories, story_of_article

    store, ids = _ingest_seeds(seeds_dir, tmp_path, dated)
    stories = {story_of_article(store, i) for i in ids.values()}
    assert len(stories) == 1, f"the three seeds split into {stories}"
    story = get_story(store, stories.pop())
    assert story.languages == ["en", "pl"]
    assert len(story.members) == 3
    pl_event = event_of_article(store, ids[SEED_PL])
    en_events = {event_of_article(store, ids[n]) for n in SEED_EN}
    assert pl_event not in en_events, "the January Polish article is a later development, not the November event"
    if dated:
        order = [e.id for e in story.events]
        assert order.index(pl_event) > max(order.index(e) for e in en_events)
        assert [s.id for s in list_stories(store, lang="pl")] == [story.id]
        # the title is asked in Polish and one Polish member exists
        assert get_story(store, story.id, lang="pl").title_language == "pl"


def test_corrections_stick_across_later_ingests(seeds_dir: Path, tmp_path: Path) -> None:
    from storyline.ingest import ingest
    from storyline.stories import (
        articles_of_story,
        merge_stories,
        recluster,
        split_story,
        story_of_article,
    )

    store, ids = _ingest_seeds(seeds_dir, tmp_path, dated=True)
    sid = story_of_article(store, ids[SEED_PL])
    new = split_story(store, sid, [ids[SEED_PL]])
    assert story_of_article(store, ids[SEED_PL]) == new
    # a later ingest and a batch re-clustering leave the analyst's split alone
    extra = tmp_path / "more"
    extra.mkdir()
    (extra / "a.txt").write_text(
        "Zelensky and Trump discussed the 28-point peace plan for Ukraine again on Friday, officials in Kyiv said.\n",
        encoding="utf-8",
    )
    ingest([extra], store)
    recluster(store)
    assert story_of_article(store, ids[SEED_PL]) == new
    assert ids[SEED_PL] not in articles_of_story(store, sid)
    merged = merge_stories(store, new, sid)
    assert merged == sid and ids[SEED_PL] in articles_of_story(store, new)  # merged ids resolve to the target
    ingest([extra], store)
    assert story_of_article(store, ids[SEED_PL]) == sid


def test_name_keys_join_spellings_and_cases_across_languages() -> None:
    assert fold_key("Zełenski") == fold_key("Zelensky") == fold_key("Зеленский") == fold_key("Zelenskiy")
    assert fold_key("Putina") == fold_key("Putin") == fold_key("Путин")
    keys = name_keys("Wczoraj Donald Trump spotkał się z Władimirem Putinem. Potem Trump wyjechał.")
    assert keys[fold_key("Trump")] == 2
    assert fold_key("Wczoraj") not in keys and fold_key("Potem") not in keys  # sentence starts are not names


def _feat(aid: str, vec: list[float], keys: dict[str, float], day: int) -> StoryFeatures:
    v = np.asarray(vec, dtype=np.float32)
    return StoryFeatures(
        aid, v / np.linalg.norm(v), keys, published=datetime(2026, 1, 1, tzinfo=UTC) + timedelta(days=day)
    )


def test_streaming_opens_joins_and_separates_events() -> None:
    cl = Clusterer(dim=4)
    a = cl.assign(_feat("a1", [1, 0.1, 0, 0], {"N:zelen": 2, "N:putin": 1}, 0))
    b = cl.assign(_feat("a2", [1, 0.12, 0, 0], {"N:zelen": 1, "N:trump": 1}, 0))
    c = cl.assign(_feat("a3", [0, 0, 1, 0.1], {"N:haiti": 3}, 1))
    d = cl.assign(_feat("a4", [1, 0.1, 0.05, 0], {"N:zelen": 1, "N:putin": 2}, 30))
    assert a.new_storyline and not b.new_storyline and b.storyline_id == a.storyline_id and b.event_id == a.event_id
    assert c.new_storyline and c.storyline_id != a.storyline_id
    assert d.storyline_id == a.storyline_id and d.new_event, "a month later is the same storyline, a new event"


def test_key_cosine_weighs_rare_keys() -> None:
    stats = KeyStats()
    for keys in ({"N:usa": 1, "N:zelen": 1}, {"N:usa": 1}, {"N:usa": 1}, {"N:usa": 1, "N:witko": 1}):
        stats.add(keys)
    rare = key_cosine({"N:zelen": 1, "N:usa": 1}, {"N:zelen": 1, "N:obama": 1}, stats)
    common = key_cosine({"N:usa": 1, "N:zelen": 1}, {"N:usa": 1, "N:obama": 1}, stats)
    assert rare > common > 0


def test_bcubed_known_values() -> None:
    gold = {"a": "x", "b": "x", "c": "y", "d": "y"}
    assert bcubed({"a": 1, "b": 1, "c": 2, "d": 2}, gold)["f1"] == 1.0  # type: ignore[dict-item]
    one = bcubed({k: "all" for k in gold}, gold)
    assert one["precision"] == 0.5 and one["recall"] == 1.0
