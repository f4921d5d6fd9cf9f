"""Search finds a person however each language spells the name: text hits first, then the articles the
entities step linked to the name the query gives."""

from __future__ import annotations

import pytest

from storyline.search import search_articles
from storyline.store import Store, open_store

ARTICLES = {
    "en.txt": (
        "en",
        "Ukraine names new envoy for grain talks\n\n"
        "Ukraine's first deputy foreign minister Oleksandr Hrytsenko will lead the delegation at the grain talks "
        "in Istanbul, the foreign ministry said on Monday. Hrytsenko said Kyiv wanted safe passage for ships.\n",
    ),
    "ru.txt": (
        "ru",
        "Украина назначила переговорщика по зерну\n\n"
        "Делегацию Украины на переговорах в Стамбуле возглавит первый заместитель министра иностранных дел "
        "Александр Гриценко, сообщили в МИД Украины в понедельник. Гриценко заявил, что Киев добивается "
        "безопасного прохода судов.\n",
    ),
    "de.txt": (
        "de",
        "Ukraine schickt Hryzenko zu Getreidegesprächen\n\n"
        "Der ukrainische Vizeaußenminister Oleksandr Hryzenko leitet die Delegation bei den Getreidegesprächen "
        "in Istanbul, teilte das Außenministerium am Montag mit. Hryzenko sagte, Kiew wolle sichere Passagen.\n",
    ),
}


@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory) -> Store:
    from storyline.ingest import ingest

    folder = tmp_path_factory.mktemp("search")
    rows = ["path,outlet,published_at,language"]
    for name, (lang, text) in ARTICLES.items():
        (folder / name).write_text(text, encoding="utf-8")
        rows.append(f"{name},Outlet {lang},2026-05-04T10:00:00+00:00,{lang}")
    (folder / "manifest.csv").write_text("\n".join(rows) + "\n", encoding="utf-8")
    store = open_store(folder / "s.db")
    ingest([folder / name for name in ARTICLES], store, manifest=folder / "manifest.csv")
    return store


def _languages(store: Store, query: str, **kwargs: object) -> set[str]:
    return {h.language or "" for h in search_articles(store, query, **kwargs)}  # type: ignore[arg-type]


def test_a_name_finds_its_spellings_in_every_language(store: Store) -> None:
    assert _languages(store, "Hrytsenko") == {"en", "ru", "de"}
    assert _languages(store, "Гриценко") == {"en", "ru", "de"}


def test_text_hits_come_first_and_entity_hits_show_the_mention(store: Store) -> None:
    hits = search_articles(store, "Hrytsenko")
    assert hits[0].language == "en"  # the spelling the query gives
    by_lang = {h.language: h for h in hits}
    assert "[" in by_lang["ru"].snippet and "Гриценко" in by_lang["ru"].snippet
    assert by_lang["ru"].score < by_lang["en"].score


def test_exact_phrase_and_language_filters_stay_literal(store: Store) -> None:
    assert _languages(store, "Hrytsenko", exact=True) == {"en"}
    assert _languages(store, '"Oleksandr Hrytsenko"') == {"en"}
    assert _languages(store, "Hrytsenko", language="ru") == {"ru"}


def test_places_link_too_and_a_common_word_finds_text_only(store: Store) -> None:
    assert _languages(store, "Istanbul") == {"en", "de", "ru"}  # Стамбуле folds to "stambule": linked, not spelled
    assert _languages(store, "delegation") == {"en", "de"}
