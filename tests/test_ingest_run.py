"""ingest(): analysis through the default pipeline, duplicates linked, reruns idempotent, progress, corpus steps."""

from __future__ import annotations

from pathlib import Path

import pytest

from storyline.ingest import IngestEvent, ingest
from storyline.ingest.run import CORPUS_CHECKPOINT
from storyline.settings import load_settings
from storyline.store import Store, open_store

FIXTURES = Path(__file__).parent / "fixtures" / "ingest"
SETTINGS = load_settings()

WIRE = (
    "Ukraine's allies agreed in Paris on Tuesday on the main security guarantees for Kyiv, including a multinational "
    "force to be deployed after a ceasefire. The United States promised to back the mission with intelligence but "
    "will not send troops. President Volodymyr Zelensky said the agreement was an important step. Territorial "
    "questions remain the hardest part of the talks, officials said after the meeting.\n"
    "Russia has not yet responded to the plan. Kremlin spokesman Dmitry Peskov said consultations were not under way.\n"
)


@pytest.fixture
def store(tmp_path: Path) -> Store:
    return open_store(tmp_path / "test.db")


def test_fixture_corpus_is_analysed_and_stored(store: Store) -> None:
    events: list[IngestEvent] = []
    report = ingest([FIXTURES], store, settings=SETTINGS, progress=events.append)
    assert len(report.ingested) == 7 and not report.skipped
    assert store.count_articles() == 7
    langs = sorted(row["language"] for row in store.list_articles())
    assert langs == ["de", "es", "fr", "fr", "pl", "ru", "uk"]
    article = store.get_article(report.ingested[0])
    assert article.sentences and article.paragraphs  # the sentence stage ran and was stored with the article
    assert [e.outcome for e in events if e.outcome != "corpus"] == ["ingested"] * 7


def test_rerun_is_idempotent(store: Store) -> None:
    first = ingest([FIXTURES / "mixed.jsonl"], store, settings=SETTINGS)
    second = ingest([FIXTURES / "mixed.jsonl"], store, settings=SETTINGS)
    assert len(first.ingested) == 3 and not second.ingested
    assert sorted(second.unchanged) == sorted(first.ingested)
    assert store.count_articles() == 3


def test_exact_and_near_copies_are_stored_and_linked(store: Store, tmp_path: Path) -> None:
    (tmp_path / "a_original.txt").write_text(WIRE, encoding="utf-8")
    # the same wire text, republished by another outlet under another headline
    (tmp_path / "m.csv").write_text(
        "path,outlet,title\nb_copy.txt,Other Daily,Allies agree on guarantees\n", encoding="utf-8"
    )
    (tmp_path / "b_copy.txt").write_text(WIRE, encoding="utf-8")
    near = WIRE.replace("on Tuesday", "on Tuesday evening").replace("officials said", "diplomats said")
    (tmp_path / "c_near.txt").write_text(near, encoding="utf-8")
    report = ingest([tmp_path], store, manifest=tmp_path / "m.csv", settings=SETTINGS)
    assert len(report.ingested) == 3 and not report.skipped
    original = report.ingested[0]
    kinds = {d.source.rsplit("/", 1)[-1]: (d.kind, d.of_id) for d in report.duplicates}
    assert kinds["b_copy.txt"] == ("exact", original)
    assert kinds["c_near.txt"][0] == "near"
    stored = store.get_article(report.ingested[2])
    assert stored.duplicate_of is not None and stored.duplicate_similarity and stored.duplicate_similarity >= 0.8


def test_skips_are_recorded_in_the_store(store: Store, tmp_path: Path) -> None:
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "ok.txt").write_text("Rząd przyjął w środę projekt ustawy o obronie cywilnej.\n", encoding="utf-8")
    report = ingest([tmp_path], store, settings=SETTINGS)
    assert len(report.ingested) == 1 and len(report.skipped) == 1
    rows = store.query("SELECT source, stage, reason FROM skips")
    assert len(rows) == 1 and rows[0]["source"].endswith("empty.txt") and "empty file" in rows[0]["reason"]


def test_corpus_checkpoint_advances_so_a_killed_run_is_completed_later(store: Store) -> None:
    report = ingest([FIXTURES / "kyiv.atom"], store, settings=SETTINGS)
    if not report.corpus_steps:
        pytest.skip("no corpus steps are installed yet")
    checkpoint = store.get_meta(CORPUS_CHECKPOINT)
    assert checkpoint is not None
    rows = store.query("SELECT max(ingested_at) AS last FROM articles")
    assert checkpoint == rows[0]["last"]


def test_the_same_article_from_two_inputs_is_stored_once_and_reported(store: Store, tmp_path: Path) -> None:
    import json

    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a.txt").write_text(WIRE, encoding="utf-8")
    record = {"url": "https://wire.example/1", "title": "Allies agree", "outlet": "Wire", "text": WIRE}
    (folder / "b.jsonl").write_text(json.dumps(record) + "\n", encoding="utf-8")
    (tmp_path / "m.csv").write_text(
        "path,url,title,outlet\nin/a.txt,https://wire.example/1,Allies agree,Wire\n", encoding="utf-8"
    )
    for _ in range(2):
        report = ingest([folder], store, manifest=tmp_path / "m.csv", settings=SETTINGS)
        assert store.count_articles() == 1
        assert len(report.duplicates) == 1
        dup = report.duplicates[0]
        assert dup.kind == "exact" and dup.article_id == dup.of_id and dup.source.endswith("b.jsonl:1")
