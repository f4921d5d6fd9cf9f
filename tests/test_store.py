"""Both stores (SQLite; PostgreSQL when STORYLINE_TEST_POSTGRES is set): Article round trip (property),
idempotent writes, atomic rollback, folded search, filters."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from storyline.errors import NotFound
from storyline.model import Article, DateSource, Removal, Span, Timestamp
from storyline.store import ArticleFilter, open_store
from storyline.store.fold import SNIPPET_WORDS, highlight, inflection_tolerant

TEXT = st.text(alphabet=st.characters(exclude_categories=["Cs"]), min_size=1, max_size=200)
ZONES = st.sampled_from([UTC, ZoneInfo("Europe/Warsaw"), ZoneInfo("Europe/Kyiv"), timezone(timedelta(hours=-5))])
WHEN = st.builds(
    lambda d, z: d.replace(tzinfo=z),
    st.datetimes(min_value=datetime(1990, 1, 1), max_value=datetime(2040, 1, 1)),
    ZONES,
)
# PostgreSQL text cannot hold NUL characters (the store says so, tests/test_store_postgres.py); ingest never
# stores one (binary input is skipped at read), so the PostgreSQL round trip draws text without them
PG_TEXT = st.text(
    alphabet=st.characters(exclude_categories=["Cs"], exclude_characters="\x00"), min_size=1, max_size=200
)


@pytest.fixture(params=["sqlite", "postgres"])
def location(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    """Where a test's store lives: a fresh SQLite file, or a fresh PostgreSQL schema (or skip)."""
    if request.param == "sqlite":
        return str(tmp_path / "s.db")
    return str(request.getfixturevalue("postgres_url"))


@st.composite
def articles(draw: st.DrawFn, text_st: st.SearchStrategy[str] = TEXT) -> Article:
    maybe = st.none() | text_st
    text = draw(text_st)
    raw = draw(text_st) + text
    n = len(text)
    spans = []
    # at least one span: the store keeps layers as span rows, so an empty layer reads back as absent
    for _ in range(draw(st.integers(1, 4))):
        a = draw(st.integers(0, n))
        b = draw(st.integers(a, n))
        spans.append(
            Span(
                a,
                b,
                "sentence",
                draw(
                    st.dictionaries(
                        st.sampled_from(["type", "lemma", "value"]), text_st | st.integers() | st.booleans(), max_size=2
                    )
                ),
            )
        )
    article = Article(
        text=text,
        raw_text=raw,
        title=draw(maybe),
        byline=draw(maybe),
        outlet=draw(maybe),
        url=draw(maybe),
        language=draw(st.none() | st.sampled_from(["pl", "en", "uk"])),
        language_confidence=draw(st.floats(0, 1)),
        languages_mixed=draw(st.lists(st.sampled_from(["ru", "de"]), max_size=2, unique=True)),
        published=draw(
            st.just(Timestamp()) | st.builds(Timestamp, WHEN, st.sampled_from(list(DateSource)[:-1]), maybe)
        ),
        updated=draw(st.just(Timestamp()) | st.builds(Timestamp, WHEN, st.sampled_from(list(DateSource)[:-1]), maybe)),
        retrieved_at=draw(st.none() | WHEN),
        source=draw(text_st),
        input_format=draw(st.sampled_from(["text", "html", "feed", "jsonl", "warc"])),
        encoding=draw(st.sampled_from(["utf-8", "cp1250", "utf-16"])),
        removed=[Removal(0, min(3, len(raw)), "cross-link", raw[:3])],
        duplicate_of=draw(st.none() | st.just("0123456789abcdef")),
        duplicate_kind=draw(st.none() | st.sampled_from(["exact", "near", "update"])),
        duplicate_similarity=draw(st.none() | st.floats(0, 1)),
    )
    article.set_layer("sentence", spans)
    return article


def _round_trip(location: str | Path, article: Article) -> None:
    store = open_store(location)
    store.put_article(article)
    back = store.get_article(article.id)
    assert back == article
    assert [s.attrs for s in back.spans("sentence")] == [s.attrs for s in article.spans("sentence")]
    assert back.published.value == article.published.value and back.published.raw == article.published.raw
    store.close()


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(articles())
def test_store_and_load_gives_the_article_back_identical(tmp_path: Path, article: Article) -> None:
    _round_trip(tmp_path / "rt.db", article)


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(articles(PG_TEXT))
def test_postgres_store_gives_the_article_back_identical(postgres_url: str, article: Article) -> None:
    _round_trip(postgres_url, article)


def _article(text: str, **kw: object) -> Article:
    return Article(text=text, raw_text=text, **kw)  # type: ignore[arg-type]


def test_put_is_idempotent_and_reports_new(location: str) -> None:
    store = open_store(location)
    a = _article("Rada miasta przyjęła budżet.", language="pl")
    assert store.put_article(a) is True
    assert store.put_article(a) is False
    assert store.count_articles() == 1


def test_atomic_rolls_back_everything_inside(location: str) -> None:
    store = open_store(location)
    with pytest.raises(RuntimeError), store.atomic():
        store.put_article(_article("Первая статья о бюджете."))
        raise RuntimeError("boom")
    assert store.count_articles() == 0


def test_search_folds_case_diacritics_and_script(location: str) -> None:
    store = open_store(location)
    ids = [
        store.put_article(a) and a.id
        for a in (
            _article("Prezydent Wołodymyr Zełenski spotkał się z ministrami.", language="pl"),
            _article("Президент Володимир Зеленський зустрівся з міністрами.", language="uk"),
            _article("Президент Зеленски се срещна с министрите.", language="bg"),
            _article("The council approved the budget.", language="en"),
        )
    ]
    found = {hit.article_id for hit in store.search("ZELENSKI")}
    assert ids[0] in found and ids[2] in found and ids[3] not in found
    assert {hit.article_id for hit in store.search("zelenski", language="pl")} == {ids[0]}
    assert {hit.article_id for hit in store.search("Zelenskiy")} == {ids[1]}  # soft sign does not split the name
    # Snippets are cut from the original text, in its own script and case, with the hits in brackets.
    snippets = {hit.article_id: hit.snippet for hit in store.search("zelenski")}
    assert snippets[ids[0]] == "Prezydent Wołodymyr [Zełenski] spotkał się z ministrami."
    assert snippets[ids[2]] == "Президент [Зеленски] се срещна с министрите."
    (phrase,) = store.search('"the council approved"')
    assert phrase.snippet == "[The council approved] the budget."


def test_highlight_windows_long_text_and_prefixes() -> None:
    words = " ".join(f"w{i}" for i in range(60))
    text = f"{words} Dmitry Peskov, the Kremlin’s spokesman, said. {words}"
    snippet = highlight(text, inflection_tolerant("Peskov Kremlin"))
    assert snippet is not None and snippet.startswith("… ") and snippet.endswith(" …")
    assert "Dmitry [Peskov], the [Kremlin’s] spokesman" in snippet
    assert len(snippet.split()) <= 2 * SNIPPET_WORDS + 3
    assert highlight("Putina i Trumpa", inflection_tolerant("Putin")) == "[Putina] i Trumpa"
    assert highlight("nothing here", "peskov") is None


def test_list_filters_and_unknown_id(location: str) -> None:
    store = open_store(location)
    warsaw = ZoneInfo("Europe/Warsaw")
    store.put_article(
        _article(
            "A.",
            language="pl",
            outlet="Rzeczpospolita",
            published=Timestamp(datetime(2026, 1, 8, 21, 58, tzinfo=warsaw), DateSource.HEADER),
        )
    )
    store.put_article(
        _article(
            "B.",
            language="en",
            outlet="Reuters",
            published=Timestamp(datetime(2026, 1, 5, tzinfo=UTC), DateSource.FEED),
        )
    )
    assert [r["outlet"] for r in store.list_articles(ArticleFilter(language="pl"))] == ["Rzeczpospolita"]
    assert [r["outlet"] for r in store.list_articles(ArticleFilter(outlet="reuters"))] == ["Reuters"]
    assert [r["outlet"] for r in store.list_articles(ArticleFilter(since=datetime(2026, 1, 7, tzinfo=UTC)))] == [
        "Rzeczpospolita"
    ]
    with pytest.raises(NotFound, match="storyline articles"):
        store.get_article("ffffffffffff")


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=200))
def test_fold_by_cached_chunks_equals_folding_the_whole_text(text: str) -> None:
    from anyascii import anyascii

    from storyline.store.fold import _NON_WORD, _SIGNS, fold

    assert fold(text) == _NON_WORD.sub(" ", anyascii(text.translate(_SIGNS)).lower()).strip()
