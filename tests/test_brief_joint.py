"""A joint statement in the briefing: listed under each of its speakers, marked with who else said it.

"Schumer and Pelosi said …" had been listed under Schumer alone (the quotation stored one speaker entity, the first
person's), so Pelosi's actor lacked the statement and the positions grid gave the stance of "Witkoff and Dmitriev
said they support a ceasefire" to the US only. The quotes stage now records every speaker (`speaker_mentions`);
brief/actors.py lists the statement once under each, naming the others (`Quote.joint`, shown "with …"), and
brief/positions.py gives its stance to each speaker's party.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from brief_articles import lines_article

from storyline.brief.actors import build_actors, index_entities
from storyline.brief.material import Material
from storyline.brief.positions import observe
from storyline.model import Article
from storyline.pipeline import default_pipeline
from storyline.store import Store, open_store

TEXT = (
    "Senate Democratic leader Chuck Schumer and House Speaker Nancy Pelosi met the postal board on Friday.\n"
    "Schumer and Pelosi said the cuts to mail sorting must be reversed before the election.\n"
    "Pelosi told reporters that the board had not answered her letter."
)


def _analysed(text: str, lang: str) -> Article:
    art = lines_article(text, lang)
    for st in default_pipeline().stages:
        if st.name in ("mentions", "quotes"):
            st.func(art)
    return art


@pytest.fixture
def store(tmp_path: Path) -> Store:
    return open_store(tmp_path / "b.db")


def _quotes_by_actor(store: Store, art: Article) -> dict[str, list[tuple[str, list[str]]]]:
    material = Material("t", None, [art])
    actors = build_actors(store, material, index_entities(material))
    return {a.name: [(q.citation.text[:20], q.joint) for q in a.quotes] for a in actors if a.quotes}


def test_a_joint_statement_is_listed_under_each_speaker(store: Store) -> None:
    got = _quotes_by_actor(store, _analysed(TEXT, "en"))
    assert got["Chuck Schumer"] == [("Schumer and Pelosi s", ["Nancy Pelosi"])]
    assert sorted(got["Nancy Pelosi"]) == [("Pelosi told reporter", []), ("Schumer and Pelosi s", ["Chuck Schumer"])]


def test_three_speakers_each_name_the_other_two(store: Store) -> None:
    text = "Obama, Cameron e Sarkozy sostengono che la missione in Libia deve continuare fino alla caduta del regime."
    got = _quotes_by_actor(store, _analysed(text, "it"))
    assert {name: joint for name, [(_, joint)] in got.items()} == {
        "Obama": ["Cameron", "Sarkozy"],
        "Cameron": ["Obama", "Sarkozy"],
        "Sarkozy": ["Obama", "Cameron"],
    }


def test_a_quote_stored_with_one_speaker_lists_under_that_one(store: Store) -> None:
    """Quotations stored before joint speakers were recorded (no `speaker_mentions`) read as before."""
    art = _analysed(TEXT, "en")
    for q in art.spans("quote"):
        q.attrs.pop("speaker_mentions", None)
    got = _quotes_by_actor(store, art)
    assert got["Chuck Schumer"] == [("Schumer and Pelosi s", [])]
    assert got["Nancy Pelosi"] == [("Pelosi told reporter", [])]


def test_a_joint_stance_is_each_speakers_partys() -> None:
    text = (
        "US envoy Steve Witkoff met Russian envoy Kirill Dmitriev in Riyadh on Monday.\n"
        "Witkoff and Dmitriev said they support a ceasefire along the front line."
    )
    material = Material("t", None, [_analysed(text, "en")])
    idx = index_entities(material)
    assert sorted(idx.party.values()) == ["RU", "US"]
    got = {(o.party, o.issue, o.stance) for o in observe(material, idx)}
    assert got == {("US", "ceasefire", "supports"), ("RU", "ceasefire", "supports")}


def test_a_joint_statement_shares_its_claims_speakers(store: Store) -> None:
    """The claims of a joint statement's sentence are each speaker's, so another report of what Pelosi said matches
    it by its speaker too (claims.py anchors a pair on a shared speaker)."""
    from storyline.brief.build import _speakers_by_sentence

    art = _analysed(TEXT, "en")
    material = Material("t", None, [art])
    speakers = _speakers_by_sentence(material, index_entities(material))
    said = TEXT.index("Schumer and Pelosi said")
    assert speakers[(art.id, said)] == {"PER:chuck schumer", "PER:nancy pelosi"}
    assert speakers[(art.id, TEXT.index("Pelosi told"))] == {"PER:nancy pelosi"}


def test_the_briefing_marks_a_joint_statement(tmp_path: Path) -> None:
    """The rendered briefing shows the statement under both actors, each naming the other."""
    from storyline.brief import build_briefing
    from storyline.brief.html import to_html
    from storyline.brief.render import to_markdown
    from storyline.ingest import ingest

    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a.txt").write_text("Democrats press the Postmaster General\n\n" + TEXT.replace("\n", "\n\n"))
    store = open_store(tmp_path / "s.db")
    ingest([folder / "a.txt"], store)
    briefing = build_briefing(store, record=False)
    actors = {a.name: a for a in briefing.actors}
    assert [q.joint for q in actors["Chuck Schumer"].quotes] == [["Nancy Pelosi"]]
    assert ["Chuck Schumer"] in [q.joint for q in actors["Nancy Pelosi"].quotes]
    md = to_markdown(briefing)
    assert "- reported (with Nancy Pelosi): Schumer and Pelosi said" in md
    assert "- reported (with Chuck Schumer): Schumer and Pelosi said" in md
    assert "with Nancy Pelosi</span>" in to_html(briefing)
    store.close()
