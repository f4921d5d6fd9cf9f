"""Site furniture a story's articles repeat word for word over days (another article's teaser, a legal notice,
comment rules) is no part of the briefing; a sentence that several outlets carry the same day stays, and so do
the sentences of one page updated over days; an untitled story is not named after a teaser."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from storyline.brief.material import Material
from storyline.model import Article, DateSource, Span, Timestamp
from storyline.sentences import split_sentences

TEASER = "España exigirá una PCR negativa en origen a todos los viajeros que lleguen desde países de riesgo."
NOTICE = "Queda prohibida toda reproducción sin permiso escrito de la empresa a los efectos del artículo 32.1."
WIRE = "El presidente egipcio, Hosni Mubarak, ha nombrado vicepresidente a Omar Suleiman, su jefe de inteligencia."

# Each article's own text: the protests in Cairo told in different words.
BODIES = [
    "Miles de manifestantes volvieron a llenar la plaza Tahrir de El Cairo para exigir la salida del presidente. "
    "La policía antidisturbios lanzó gases lacrimógenos contra la multitud. Los hospitales atendieron a cientos "
    "de heridos durante la noche, según fuentes médicas egipcias.",
    "El ejército desplegó tanques en las avenidas principales de la capital egipcia mientras los opositores "
    "convocaban una marcha del millón. Internet sigue cortado en casi todo el país desde el jueves y los bancos "
    "permanecen cerrados.",
    "Los partidos de la oposición rechazaron el diálogo ofrecido por el régimen mientras la revuelta no obtenga la "
    "dimisión del presidente. En Alejandría y Suez continuaron los enfrentamientos entre manifestantes y la policía "
    "durante toda la jornada.",
]


def _article(i: int, lines: list[str], day: int) -> Article:
    text = "\n".join(lines)
    art = Article(text=text, raw_text=text, language="es", id=f"a{i}", url=f"https://example.es/{i}")
    art.published = Timestamp(datetime(2011, 2, day, 12, tzinfo=UTC), DateSource.HTML_META)
    art.set_layer("sentence", [Span(s, e, "sentence") for s, e in split_sentences(text, "es")])
    return art


def _untitled_rows(first_lines: list[str]) -> list[dict[str, object]]:
    """Story member rows (as `stories.catalog` reads them) of untitled articles: a first line, then a body."""
    return [
        {
            "article_id": f"a{i}",
            "title": None,
            "language": "es",
            "url": f"https://example.es/{i}",
            "published_at": f"2011-02-{1 + 3 * i:02d}T12:00:00+00:00",
            "text": f"{first}\n{body}",
        }
        for i, (first, body) in enumerate(zip(first_lines, BODIES, strict=True))
    ]


def _texts(material: Material) -> list[str]:
    return [s.text for s in material.all_sentences()]


def test_template_lines_repeated_over_days_are_left_out() -> None:
    """A teaser and a legal notice in every article, published on three days: neither is cited."""
    arts = [_article(i, [TEASER, body, NOTICE], day=1 + 3 * i) for i, body in enumerate(BODIES)]
    texts = _texts(Material("s", None, arts))
    assert TEASER not in texts and NOTICE not in texts
    assert sum("manifestantes" in t for t in texts) >= 2  # the articles' own sentences stay


def test_a_sentence_outlets_carry_the_same_day_stays() -> None:
    """Three outlets carry the agency's sentence on the day of the news: it is the story's, cited three times."""
    arts = [_article(i, [WIRE, body], day=1 + (i == 2)) for i, body in enumerate(BODIES)]
    assert _texts(Material("s", None, arts)).count(WIRE) == 3


def test_versions_of_one_page_are_one_page() -> None:
    """An article updated on three days (one URL) keeps its sentences: a page repeats itself, not a template."""
    arts = [_article(i, [WIRE, body], day=1 + 3 * i) for i, body in enumerate(BODIES)]
    for art in arts:
        art.url = "https://example.es/egipto/directo"
    assert _texts(Material("s", None, arts)).count(WIRE) == 3


@pytest.mark.parametrize("copies", [1, 2])
def test_a_line_fewer_articles_repeat_stays(copies: int) -> None:
    """Two articles with the same teaser are not enough to call it a template."""
    arts = [_article(i, [TEASER, body] if i < copies else [body], day=1 + 3 * i) for i, body in enumerate(BODIES)]
    assert _texts(Material("s", None, arts)).count(TEASER) == copies


def test_the_lead_is_the_first_sentence_after_the_furniture() -> None:
    """Furniture above the article does not push its lead down (the summary favours leads)."""
    arts = [_article(i, [TEASER, body], day=1 + 3 * i) for i, body in enumerate(BODIES)]
    material = Material("s", None, arts)
    first = material.sentences(arts[0])[0]
    assert first.index == 0 and first.text.startswith("Miles de manifestantes")


def test_an_untitled_story_is_not_named_after_furniture() -> None:
    """The story's title stand-in is its article's first line that is no teaser of another article."""
    from storyline.stories.catalog import _title

    title, lang = _title(_untitled_rows([TEASER] * 3), {}, None)
    assert title.startswith("Miles de manifestantes") and lang == "es"


def test_names_in_furniture_are_no_actors() -> None:
    """A Cuban site's teaser on every page ("… para Villa Clara y Sancti Spíritus") had listed two provinces
    among the actors of a story on Egypt; the names of the articles' own text stay."""
    from storyline.brief.actors import index_entities

    teaser = "Fase de Alarma por intensas lluvias para Villa Clara y Sancti Spíritus."
    arts = [_article(i, [teaser, body], day=1 + 3 * i) for i, body in enumerate(BODIES)]
    for art in arts:
        names = [("Villa Clara", "ORG"), ("Sancti Spíritus", "PER"), ("Tahrir", "LOC"), ("El Cairo", "LOC")]
        spans = [
            Span(art.text.index(n), art.text.index(n) + len(n), "mention", {"type": t, "lemma": n})
            for n, t in names
            if n in art.text
        ]
        art.set_layer("mention", sorted(spans, key=lambda sp: sp.start))
    idx = index_entities(Material("s", None, arts))
    assert set(idx.mentions) == {"LOC:tahrir", "LOC:el cairo"}


def test_the_story_timeline_leaves_out_the_dates_of_furniture(tmp_path, monkeypatch) -> None:
    """`storyline timeline` (of a story or not): a Cuban site's teaser on every page ("… a partir del 3 de diciembre") had put
    an exam date in Havana on the timeline of a story on Egypt; the articles' own dated sentences stay."""
    import json

    from click.testing import CliRunner

    from storyline.cli import cli
    from storyline.events import events_step
    from storyline.store import open_store
    from storyline.timex import timex_stage

    teaser = "Realizarán exámenes de ingreso en La Habana y Ciego de Ávila, a partir del 3 de diciembre."
    own = "El martes 1 de febrero miles de manifestantes marcharon hacia el palacio presidencial de El Cairo."
    store = open_store(tmp_path / "t.db")
    ids = []
    for i, body in enumerate(BODIES):
        art = _article(i, [teaser, own if i == 0 else body], day=1 + 3 * i)
        timex_stage(art)
        store.put_article(art)
        ids.append(art.id)
    events_step(store, ids)
    store.close()
    monkeypatch.setattr("storyline.stories.catalog.articles_of_story", lambda store, story: ids)
    for story in (["--story", "s"], []):  # a story's timeline, and the whole store's
        result = CliRunner().invoke(cli, ["--db", str(tmp_path / "t.db"), "timeline", *story, "--json"])
        assert result.exit_code == 0, result.output
        sentences = [e["text"] for e in json.loads(result.output)]
        assert own in sentences and teaser not in sentences


def test_a_counter_widget_is_furniture_whatever_its_number_but_a_rising_toll_is_news() -> None:
    """ "Se han publicado 4 comentarios" under each page of a site is one widget; a toll sentence that a wire story
    repeats with new figures day after day stays."""
    toll = "Al menos {} personas han muerto en las ciudades de El Cairo y Suez por las protestas, según el recuento."
    arts = [
        _article(i, [body, toll.format(n), f"Se han publicado {n // 3} comentarios"], day=1 + 3 * i)
        for i, (body, n) in enumerate(zip(BODIES, (29, 35, 74), strict=True))
    ]
    texts = _texts(Material("s", None, arts))
    assert not any("comentarios" in t for t in texts)
    assert sum(t.startswith("Al menos") for t in texts) == 3


def test_a_story_is_not_named_after_a_template_whose_end_varies() -> None:
    """Global Voices opens each post with its coverage line, worded a little differently each time ("… especial de
    las Protestas en Yemen 2011." / "… especial sobre las Protestas en Yemen 2011."): a Yemen story of 77 articles
    was titled with it."""
    from storyline.stories.catalog import _title

    ends = ("de las Protestas en Yemen 2011.", "sobre las Protestas en Yemen 2011.", "Protestas en Yemen")
    rows = _untitled_rows([f"Este post es parte de nuestra cobertura especial {end}" for end in ends])
    title, _lang = _title(rows, {}, None)
    assert title.startswith("Miles de manifestantes")
