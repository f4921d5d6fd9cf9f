"""The medium that carried a speaker's words is named with the quotation, in the briefing and the listing.

"…, каза премиерът Бойко Борисов, цитиран от БТА" is Borissov speaking, БТА quoting him (the quotes stage stores the
medium as `speaker_via`); the briefing listed the statement under Borissov with no trace of the agency, and the
listing's rows had no field for it.
"""

from __future__ import annotations

from pathlib import Path

from brief_articles import lines_article

from storyline.brief.actors import build_actors, index_entities
from storyline.brief.material import Material
from storyline.brief.render import to_markdown
from storyline.model import Article
from storyline.pipeline import default_pipeline
from storyline.quotes.listing import quote_rows
from storyline.store import open_store

TEXT = (
    "Борисов се срещна с Мей в Брюксел.\n"
    "Тереза Мей ще трябва да направи отстъпки, каза премиерът Бойко Борисов, цитиран от БТА.\n"
    "Премиерът Бойко Борисов каза още, че срещата е била полезна."
)


def _analysed() -> Article:
    art = lines_article(TEXT, "bg")
    for st in default_pipeline().stages:
        if st.name in ("mentions", "quotes"):
            st.func(art)
    return art


def test_the_briefing_and_the_listing_name_the_medium(tmp_path: Path) -> None:
    art = _analysed()
    quoted = [q for q in art.spans("quote") if q.attrs.get("speaker_via")]
    assert quoted, "the quotes stage records the medium"
    store = open_store(tmp_path / "q.db")
    try:
        material = Material("t", None, [art])
        actors = build_actors(store, material, index_entities(material))
        borissov = next(a for a in actors if "Борисов" in a.name)
        carried = [q for q in borissov.quotes if q.quoted_by]
        assert [q.quoted_by for q in carried] == ["БТА"] and "отстъпки" in carried[0].citation.text
        assert all(q.quoted_by is None for q in borissov.quotes if q is not carried[0])
        rows = quote_rows(store, art)
        assert [r["quoted_by"] for r in rows if r["quoted_by"]] == ["БТА"]
    finally:
        store.close()


def test_the_rendered_briefing_says_who_quoted(tmp_path: Path) -> None:
    from storyline.brief.build import build_briefing
    from storyline.ingest import ingest

    (tmp_path / "bg.txt").write_text("Борисов и Мей\n\n" + TEXT + "\n", encoding="utf-8")
    store = open_store(tmp_path / "b.db")
    try:
        ingest([tmp_path / "bg.txt"], store)
        markdown = to_markdown(build_briefing(store, None, record=False))
    finally:
        store.close()
    line = next(ln for ln in markdown.splitlines() if "отстъпки" in ln and ln.startswith(("- reported", "- direct")))
    assert "(quoted by БТА)" in line
