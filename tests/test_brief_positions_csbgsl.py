"""Positions in Czech, Bulgarian and Slovenian: a demand, an opposition, a support, the target of a measure that takes
no stance by it, and a party named by others' tie to it ("spojenci Ukrajiny"), each through `observe`.

Before these languages had a positions module, none of their sentences entered the grid (16 of the 45 articles of
a SlavicNER Russia–Ukraine briefing were Czech)."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from storyline.brief.actors import index_entities
from storyline.brief.material import Material
from storyline.brief.positions import contested, observe
from storyline.model import Article
from tests.brief_articles import lines_article, observed


def _article(text: str, lang: str) -> Article:
    """An article whose sentences are its lines."""
    return lines_article(text, lang, datetime(2026, 3, 14, 9, tzinfo=UTC))


_observed = observed


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        # demands
        (
            "cs",
            "Kyjev požaduje okamžité příměří a výměnu všech zajatců.",
            {("UA", "ceasefire", "demands"), ("UA", "prisoner exchange", "demands")},
        ),
        ("bg", "Киев настоява за незабавно примирие по цялата линия на фронта.", {("UA", "ceasefire", "demands")}),
        ("sl", "Kijev zahteva takojšnje premirje na celotni fronti.", {("UA", "ceasefire", "demands")}),
        # opposes
        (
            "cs",
            "Moskva odmítá rozmístění mírových sil evropských zemí na Ukrajině.",
            {("RU", "foreign troops", "opposes")},
        ),
        (
            "bg",
            "Москва отхвърля разполагането на миротворци от европейски държави в Украйна.",
            {("RU", "foreign troops", "opposes")},
        ),
        (
            "sl",
            "Moskva zavrača napotitev mirovnih sil evropskih držav v Ukrajino.",
            {("RU", "foreign troops", "opposes")},
        ),
        # supports
        ("cs", "Německo podporuje další balík sankcí, uvedl v pondělí kancléř.", {("DE", "sanctions", "supports")}),
        (
            "bg",
            "Германия подкрепя новия пакет от санкции, заяви канцлерът в понеделник.",
            {("DE", "sanctions", "supports")},
        ),
        (
            "sl",
            "Nemčija podpira nov sveženj sankcij, je v ponedeljek dejal kancler.",
            {("DE", "sanctions", "supports")},
        ),
    ],
)
def test_a_demand_an_opposition_and_a_support(lang: str, text: str, expected: set[tuple[str, str, str]]) -> None:
    assert _observed(text, lang) == expected


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        ("cs", "Evropská unie schválila nové sankce proti Rusku.", {("EU", "sanctions", "supports")}),
        ("cs", "Ministři jednali o sankcích vůči Moskvě.", set()),
        ("bg", "Европейският съюз одобри нови санкции срещу Русия.", {("EU", "sanctions", "supports")}),
        ("sl", "Evropska unija je odobrila nove sankcije proti Rusiji.", {("EU", "sanctions", "supports")}),
    ],
)
def test_the_target_of_sanctions_takes_no_stance(lang: str, text: str, expected: set[tuple[str, str, str]]) -> None:
    """'sankce proti Rusku' names whom the measure hits: Russia does not oppose sanctions by it ('proti' is also
    the Czech and Slovenian 'against', 'срещу' the Bulgarian one)."""
    assert _observed(text, lang) == expected


@pytest.mark.parametrize(
    ("lang", "allies", "alone"),
    [
        ("cs", "Spojenci Ukrajiny odmítají plán na odstoupení území.", "Ukrajina odmítá plán na odstoupení území."),
        ("cs", "Ukrajinští spojenci odmítají plán na odstoupení území.", "Ukrajina odmítá plán na odstoupení území."),
        (
            "bg",
            "Съюзниците на Украйна отхвърлят плана за отстъпване на територии.",
            "Украйна отхвърля плана за отстъпване на територии.",
        ),
        ("sl", "Zavezniki Ukrajine zavračajo načrt za predajo ozemlja.", "Ukrajina zavrača načrt za predajo ozemlja."),
    ],
)
def test_a_party_named_by_others_tie_to_it_takes_no_stance(lang: str, allies: str, alone: str) -> None:
    assert _observed(allies, lang) == set()
    assert _observed(alone, lang) == {("UA", "territory", "opposes")}


def test_czech_negated_verbs_are_stances_of_their_own() -> None:
    """Czech negates by a prefix: 'nepodporuje' opposes, 'neodmítl' leaves the point open."""
    assert _observed("Maďarsko nepodporuje embargo na ruskou ropu ani další sankce.", "cs") == {
        ("HU", "sanctions", "opposes")
    }
    assert _observed("Kyjev neodmítl myšlenku mírových sil v zemi.", "cs") == {("UA", "foreign troops", "undecided")}


def test_slovenian_nato_is_not_the_adverb_then() -> None:
    """'Nato' opening a Slovenian sentence is 'then'; after another word ('v Nato') it is the alliance."""
    assert _observed("Nato je Rusija zavrnila predlog.", "sl") == set()
    assert _observed("Rusija zavrača članstvo Ukrajine v Nato.", "sl") == {("RU", "NATO membership", "opposes")}


def test_membership_outside_a_nato_context_is_no_issue() -> None:
    """An EU membership ('členství v EU', 'членство в ЕС') is no NATO membership in an article without NATO."""
    for lang, text in (
        ("cs", "Británie odmítá další členství v Evropské unii."),
        ("bg", "Великобритания отхвърля членството в Европейския съюз."),
        ("sl", "Velika Britanija zavrača članstvo v Evropski uniji."),
    ):
        material = Material("t", None, [_article(text, lang)])
        assert "NATO membership" not in contested(material)
        assert observe(material, index_entities(material)) == []


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("cs", "Evropská komise navrhla nový balík sankcí."),
        ("bg", "Европейската комисия предложи нов пакет от санкции."),
        ("sl", "Evropska komisija predlaga nov sveženj sankcij."),
    ],
)
def test_the_european_commission_is_the_commission_not_the_eu(lang: str, text: str) -> None:
    """'Evropská komise' starts with the adjective of the EU's party words; both matched at the same offset and the
    EU won the tie, so the Commission's proposals were the EU's."""
    assert _observed(text, lang) == {("Commission", "sanctions", "demands")}


def test_bulgarian_ready_to_is_support_but_a_thing_being_ready_is_not() -> None:
    """SlavicNER Brexit (bg): 'търговското споразумение, което ще бъде готово към деня на Брекзит' (the agreement
    will be ready) had made Britain support the trade agreement; 'готова да приеме' (ready to accept) is support."""
    assert _observed("Франция е готова да приеме нови санкции срещу Русия.", "bg") == {("FR", "sanctions", "supports")}
    assert _observed("Лондон смята, че търговското споразумение ще бъде готово към деня на Брекзит.", "bg") == set()


def test_czech_free_trade_agreement_in_the_locative_is_the_trade_agreement() -> None:
    """SlavicNER Brexit (cs): 'Londýn odmítl návrh na uzavření dohody o volném obchodu' observed nothing (the data had
    only the genitive 'volného obchodu'); free trade itself ('volný obchod je v ohrožení') is no agreement."""
    got = _observed("Londýn odmítl návrh na uzavření dohody o volném obchodu.", "cs")
    assert got == {("GB", "trade agreement", "opposes")}
    assert _observed("Londýn odmítá názor, že volný obchod je v ohrožení.", "cs") == set()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # 'съгласно' is 'according to', not 'in agreement'
        ("Германия запазва санкциите съгласно решението на съвета.", set()),
        ("Германия е съгласна с новите санкции.", {("DE", "sanctions", "supports")}),
        ("Германия не е съгласна с новите санкции.", {("DE", "sanctions", "opposes")}),
        # 'примири се' is 'resigned itself', 'примирие' the ceasefire
        ("Германия подкрепя Киев, който се примири със загубите.", set()),
        ("Киев настоява за примирие.", {("UA", "ceasefire", "demands")}),
        # 'проучване' is a study or an opinion poll, 'проучва' is considering
        ("Германия започна проучване на санкциите.", set()),
        ("Германия проучва нови санкции.", {("DE", "sanctions", "undecided")}),
    ],
)
def test_bulgarian_words_that_look_like_cues(text: str, expected: set[tuple[str, str, str]]) -> None:
    """Over the SlavicNER bg documents 'съгласно' (36), 'проучване/проучвания' (100+, mostly polls) and 'примири се'
    matched the support, undecided and ceasefire cues."""
    assert _observed(text, "bg") == expected


def test_pope_francis_is_not_france() -> None:
    """'Франциск' (18 times over the SlavicNER bg documents, Pope Francis) matched France's 'Франци\\w*'."""
    assert _observed("Папа Франциск призова за незабавно примирие.", "bg") == set()
    assert _observed("Франция призова за незабавно примирие.", "bg") == {("FR", "ceasefire", "demands")}


def test_czech_eu27_is_the_eu() -> None:
    """Czech Brexit reports name the Union 'EU27' ('Záměry schválené summitem EU27 …'): no party word matched it."""
    got = _observed("Summit EU27 schválil záměry dohody o volném obchodu s Británií.", "cs")
    assert got == {("EU", "trade agreement", "supports")}
