"""Briefings of real news (SlavicNER's Russia-Ukraine war articles, Timeline17's Haiti earthquake from the BBC):
the shapes of sentences that made the positions grid and the claims wrong there, in sentences of our own."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from storyline.brief.actors import index_entities
from storyline.brief.material import Material
from storyline.brief.positions import observe
from storyline.model import Article, Span, Timestamp


def _article(text: str, lang: str) -> Article:
    """An article whose sentences are its lines."""
    art = Article(text=text, language=lang, published=Timestamp(datetime(2026, 4, 14, 9, tzinfo=UTC)))
    spans, pos = [], 0
    for line in text.split("\n"):
        spans.append(Span(pos, pos + len(line), "sentence", {}))
        pos += len(line) + 1
    art.set_layer("sentence", spans)
    return art


def _observed(text: str, lang: str) -> set[tuple[str, str, str]]:
    """(party, issue, stance) of an article whose sentences are its lines."""
    material = Material("t", None, [_article(text, lang)])
    return {(o.party, o.issue, o.stance) for o in observe(material, index_entities(material))}


# The Slavic briefing's grid read "United States: opposes sanctions" and "European Union: opposes sanctions" from
# sentences on the sanctions they imposed: "против" (against) after the measure names its target.
@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("ru", "Евросоюз готовит седьмой пакет санкций против России."),
        ("ru", "Вашингтон объявил о новых санкциях против банков, в том числе против Сбербанка."),
        ("ru", "Санкции, введенные Вашингтоном против Москвы, вступят в силу в пятницу."),
        ("uk", "Євросоюз готує новий пакет санкцій проти Росії."),
        ("pl", "Unia Europejska przygotowuje kolejne sankcje przeciwko Rosji."),
        ("en", "The European Union is preparing a seventh package of sanctions against Russia."),
        ("de", "Die EU bereitet ein siebtes Paket von Sanktionen gegen Russland vor."),
        ("fr", "L'UE prépare un septième paquet de sanctions contre la Russie."),
        ("es", "La UE prepara un séptimo paquete de sanciones contra Rusia."),
        ("it", "L'UE prepara un settimo pacchetto di sanzioni contro la Russia."),
    ],
)
def test_sanctions_against_a_country_are_no_opposition_to_sanctions(lang: str, text: str) -> None:
    got = _observed(text, lang)
    assert not any(stance == "opposes" and issue == "sanctions" for _, issue, stance in got), got


def test_voting_against_sanctions_still_opposes_them() -> None:
    """The same word before the measure is a stance: 'Венгрия выступила против санкций'."""
    assert ("HU", "sanctions", "opposes") not in _observed("Венгрия выступила против санкций.", "ru")  # no HU party
    assert _observed("Москва выступила против новых санкций.", "ru") == {("RU", "sanctions", "opposes")}
    assert _observed("Russia spoke out against the new sanctions.", "en") == {("RU", "sanctions", "opposes")}
    # The target read first does not hide a real stance later in the clause.
    got = _observed("Sanctions against Moscow: Russia rejects them as illegal.", "en")
    assert ("RU", "sanctions", "opposes") in got


@pytest.mark.parametrize(
    ("lang", "text", "party"),
    [
        ("de", "Eine Lockerung der Sanktionen gegen Moskau stehe für die EU nicht auf der Tagesordnung.", "EU"),
        ("uk", "У Брюсселі заявили, що зняття санкцій проти Росії не стоїть на порядку денному.", "EU"),
        ("ru", "В Брюсселе заявили, что вопрос о санкциях против России не стоит на повестке.", "EU"),
        ("en", "Brussels said easing sanctions on Russia was not on the agenda.", "EU"),
    ],
)
def test_not_on_the_agenda_opposes(lang: str, text: str, party: str) -> None:
    """Refusing to discuss a measure opposes it (the demo's EU sanctions stance had come from 'gegen')."""
    assert (party, "sanctions", "opposes") in _observed(text, lang)


def test_polish_through_and_previous_are_no_support() -> None:
    """'poprzez' (by means of) and 'poprzedni' (previous) are no forms of 'poprzeć' (to back)."""
    got = _observed("Borrell zapowiedział presję na Rosję poprzez kolejne sankcje gospodarcze.", "pl")
    assert not any(stance == "supports" for _, _, stance in got), got
    got = _observed("Polska poprzednio wspierała sankcje.", "pl")
    assert ("PL", "sanctions", "supports") in got
    assert ("PL", "sanctions", "supports") in _observed("Polska poprze nowe sankcje.", "pl")
