"""Entity defects an analyst saw in the actor cards: surnames in capitals taken for acronyms.

Every text here is written for these tests (not the demo corpus); each case failed before its fix."""

from __future__ import annotations

from pathlib import Path

import pytest

from storyline.entities import link_entities, mentions_stage
from storyline.entities.recognize import find_mentions
from storyline.model import Article
from storyline.store import open_store
from storyline.store.fold import fold


def _found(text: str, lang: str) -> set[tuple[str, str]]:
    return {(text[m.start : m.end], m.type) for m in find_mentions(text, lang)}


def _store_with(tmp_path: Path, texts: list[tuple[str, str]]):  # type: ignore[no-untyped-def]
    store = open_store(tmp_path / "t.db")
    ids = []
    for lang, text in texts:
        article = Article(text=text, language=lang, source=f"{lang}-{len(ids)}")
        mentions_stage(article)
        store.put_article(article)
        ids.append(article.id)
    link_entities(store, ids)
    return store


def _ids_of(store, *surfaces: str) -> set[str]:  # type: ignore[no-untyped-def]
    wanted = {fold(s) for s in surfaces}
    return {
        r["entity_id"]
        for r in store.query("SELECT surface, entity_id FROM entity_mentions")
        if fold(r["surface"]) in wanted
    }


@pytest.mark.parametrize(
    ("lang", "text", "person"),
    [
        # the split meant for `Hydrolożka IMGW` made `MACRON` a body and dropped `Emmanuel`
        ("fr", "Le président Emmanuel MACRON a reçu les agriculteurs à Paris mardi.", "Emmanuel MACRON"),
        ("fr", "Jean-Marie LE PEN est mort samedi à Garches.", "Jean-Marie LE PEN"),
        ("it", "Il presidente Sergio MATTARELLA ha firmato la legge a Roma.", "Sergio MATTARELLA"),
        ("pl", "Premier spotkał się w Brukseli z Ursulą VON DER LEYEN.", "Ursulą VON DER LEYEN"),
        ("de", "Der französische Präsident Emmanuel MACRON traf in Berlin ein.", "Emmanuel MACRON"),
        ("ru", "Президент Эммануэль МАКРОН прибыл в Москву.", "Эммануэль МАКРОН"),
    ],
)
def test_surname_in_capitals_after_a_given_name_is_the_person(lang: str, text: str, person: str) -> None:
    found = _found(text, lang)
    assert (person, "PER") in found, found
    surname = person.split(" ", 1)[1]
    assert not any(kind == "ORG" and surname in s for s, kind in found), found


@pytest.mark.parametrize(
    ("lang", "text", "body", "person"),
    [
        # an occupation at a sentence start (no given name), a title's body (`Rzecznik MSZ`), a known place
        ("pl", "Fala dotrze do Opola w środę. Hydrolożka IMGW Ewa Lis mówi, że woda opada.", "IMGW", "Ewa Lis"),
        ("pl", "Rzecznik MSZ Paweł Wroński skomentował decyzję Rady.", "MSZ", "Paweł Wroński"),
        ("pl", "Prezydent USA Joe Biden przyleciał w piątek do Warszawy.", "USA", "Joe Biden"),
    ],
)
def test_acronym_after_an_occupation_or_a_title_is_still_the_body(lang: str, text: str, body: str, person: str) -> None:
    found = _found(text, lang)
    assert person in {s for s, kind in found if kind == "PER"}, found
    assert body in {s for s, kind in found if kind != "PER"}, found


def test_surname_in_capitals_links_to_the_same_person(tmp_path: Path) -> None:
    store = _store_with(
        tmp_path,
        [
            ("fr", "Le président Emmanuel MACRON a reçu les agriculteurs à Paris mardi."),
            ("en", "French President Emmanuel Macron met farmers in Paris on Tuesday."),
        ],
    )
    macron = _ids_of(store, "Emmanuel MACRON", "Emmanuel Macron")
    assert len(macron) == 1, macron
    assert not _ids_of(store, "MACRON")
