"""Positions: clauses with their own party, parties taking a stance together, negation, an issue carried over."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest

from storyline.brief.actors import index_entities
from storyline.brief.material import Material
from storyline.brief.positions import observe
from storyline.model import Article, Span, Timestamp
from tests.brief_articles import lines_article, observed

_observed = observed


def test_each_clause_keeps_its_own_party() -> None:
    """Italian: 'Mosca chiede una zona di 30 km, Kiev ne offre 15' gives both sides' demands."""
    got = _observed("Mosca chiede una zona cuscinetto di 30 chilometri, Kiev ne offre 15.", "it")
    assert ("RU", "demilitarised zone", "demands") in got
    assert ("UA", "demilitarised zone", "demands") in got


def test_parties_joined_by_and_take_one_stance() -> None:
    """English: 'Germany and Spain, which back the agreement' is both countries' support."""
    got = _observed("Germany and Spain, which back the Mercosur trade deal, hope for a vote in April.", "en")
    assert {("DE", "trade agreement", "supports"), ("ES", "trade agreement", "supports")} <= got


def test_not_rejecting_is_not_opposing_and_opposing_a_halt_is_support() -> None:
    """'has not rejected' leaves the point open; German 'lehnte ein Aussetzen ab' backs the agreement."""
    got = _observed("Ukraine has not rejected the idea of foreign troops.", "en")
    assert ("UA", "foreign troops", "opposes") not in got
    assert ("UA", "foreign troops", "undecided") in got
    de = _observed("Die Kommission lehnte ein Aussetzen des Mercosur-Abkommens ab.", "de")
    assert ("Commission", "trade agreement", "supports") in de
    assert ("Commission", "trade agreement", "opposes") not in de


def test_issue_of_the_previous_sentence_carries_over_only_with_a_named_party() -> None:
    """Spanish: a party's stance on 'el acuerdo' refers to the point the previous sentence named."""
    got = _observed(
        "Los agricultores protestaron contra el acuerdo comercial con el Mercosur.\n"
        "Francia rechaza el texto actual del tratado.\n"
        "La jornada transcurrió sin incidentes graves.",
        "es",
    )
    assert ("FR", "trade agreement", "opposes") in got
    assert ("farmers", "trade agreement", "opposes") in got
    assert all(issue == "trade agreement" for _, issue, _ in got)
    # Without a party of its own a sentence does not borrow the previous sentence's point.
    assert _observed("Los agricultores protestaron contra el acuerdo con el Mercosur.\nRechazan el texto.", "es") == {
        ("farmers", "trade agreement", "opposes")
    }


def test_a_refusal_to_yield_on_a_point_insists_on_it() -> None:
    """'We will not show flexibility on guarantees' had made Ukraine oppose security guarantees."""
    got = _observed("Kyiv will not show any flexibility on security guarantees.", "en")
    assert got == {("UA", "security guarantees", "demands")}
    assert _observed("Kyiv will not accept foreign troops in the zone.", "en") == {("UA", "foreign troops", "opposes")}


def test_a_pointer_sentences_speaker_does_not_take_the_stance_of_what_it_reports() -> None:
    """The US envoy telling that Russia dropped its demand is Russia's stance, not the envoy's."""
    claim = "Російська делегація відмовилася від вимоги створити демілітаризовану зону завширшки 30 кілометрів"
    text = f"{claim}. Про це повідомив спецпосланник США Майкл Гарлан."
    art = Article(text=text, language="uk", published=Timestamp(datetime(2026, 3, 12, 9, tzinfo=UTC)))
    art.set_layer(
        "sentence", [Span(0, len(claim) + 1, "sentence", {}), Span(len(claim) + 2, len(text), "sentence", {})]
    )
    name = text.index("Майкл Гарлан")
    art.set_layer("mention", [Span(name, name + 12, "mention", {"type": "PER", "lemma": "Майкл Гарлан"})])
    cue = text.index("повідомив")
    art.set_layer(
        "quote",
        [
            Span(
                0,
                len(claim),
                "quote",
                {"kind": "reported", "cue": [cue, cue + 9], "speaker": [name, name + 12], "speaker_mention": None},
            )
        ],
    )
    material = Material("t", None, [art])
    idx = index_entities(material)
    assert set(idx.party.values()) == {"US"}  # the envoy is known as the US's
    got = {(o.party, o.issue, o.stance) for o in observe(material, idx)}
    assert got == {("RU", "demilitarised zone", "opposes")}


def test_a_borrowed_issue_does_not_outweigh_a_named_one(tmp_path: Path) -> None:
    """'Kiev no aceptará «ningún chantaje con el grano»' after a sentence on the ceasefire had made the grid's
    latest Ukrainian stance on the ceasefire 'opposes'."""
    from storyline.brief.positions import build_positions
    from storyline.store import open_store

    text = "Ucrania apoya un alto el fuego vigilado por la OSCE.\nKiev no aceptará «ningún chantaje con el grano»."
    art = Article(text=text, language="es", published=Timestamp(datetime(2026, 3, 10, 9, tzinfo=UTC)))
    cut = text.index("\n")
    art.set_layer("sentence", [Span(0, cut, "sentence", {}), Span(cut + 1, len(text), "sentence", {})])
    material = Material("t", None, [art])
    idx = index_entities(material)
    seen = {(o.party, o.issue, o.stance, o.borrowed) for o in observe(material, idx)}
    assert seen == {("UA", "ceasefire", "supports", False), ("UA", "ceasefire", "opposes", True)}
    (cell,) = build_positions(open_store(tmp_path / "p.db"), "t", material, idx).cells
    assert (cell.party, cell.issue, cell.stance, len(cell.evidence)) == ("UA", "ceasefire", "supports", 2)


def test_a_party_named_by_others_tie_to_it_is_not_the_party() -> None:
    """Seed 001: 'Such demands have been perceived by Ukraine's allies as a form of capitulation' made Ukraine
    oppose the territory and army-size terms; it is its allies' view."""
    en = "The plan would cap the army and cede territory. Such demands were seen by Ukraine's allies as capitulation."
    assert not {o for o in _observed(en.replace(". ", ".\n"), "en") if o[0] == "UA"}
    assert _observed("Sojusznicy Ukrainy odrzucają plan oddania terytorium.", "pl") == set()
    assert ("UA", "territory", "opposes") in _observed("Ukraina odrzuca plan oddania terytorium.", "pl")
    assert _observed("Союзники України відкидають план передачі територій.", "uk") == set()
    assert ("UA", "territory", "opposes") in _observed("Україна відкидає план передачі територій.", "uk")


@pytest.mark.parametrize(
    ("lang", "text", "party"),
    [
        ("en", "Allies of Ukraine met on Monday, and Ukraine sent its envoy.", "UA"),
        ("de", "Die Verbündeten der Ukraine trafen sich, und die Ukraine schickte einen Gesandten.", "UA"),
        ("de", "Kiews Partner trafen sich am Montag, und Kiew schickte einen Gesandten.", "UA"),
        ("fr", "Les alliés de l'Ukraine se sont réunis, et l'Ukraine a envoyé un émissaire.", "UA"),
        ("es", "Los aliados de Ucrania se reunieron, y Ucrania envió a un emisario.", "UA"),
        ("it", "Gli alleati dell'Ucraina si sono riuniti, e l'Ucraina ha inviato un emissario.", "UA"),
        ("ru", "Союзники Украины собрались в понедельник, а Украина направила посланника.", "UA"),
    ],
)
def test_a_party_word_after_allies_of_is_no_cue_in_each_language(lang: str, text: str, party: str) -> None:
    """Only the second naming, the party itself, is a party cue."""
    from storyline.brief.positions import _cues
    from storyline.langs import language_data

    art = Article(text=text, language=lang, published=Timestamp(datetime(2026, 3, 14, 9, tzinfo=UTC)))
    art.set_layer("sentence", [Span(0, len(text), "sentence", {})])
    material = Material("t", None, [art])
    (sent,) = material.sentences(art)
    cues = _cues(material, sent, language_data(lang, "positions"), index_entities(material))
    assert [p for _, p in cues] == [party], cues


def test_an_issue_one_article_of_a_story_names_is_not_in_the_grid(tmp_path: Path) -> None:
    """A story on Egypt's protests: one column on the CIA's renditions names 'prisioneros' and 'garantía', which
    the Ukrainian peace plan's issues read as a prisoner exchange and security guarantees; the ceasefire that two
    articles name stays."""
    from storyline.brief.positions import build_positions, contested
    from storyline.store import open_store

    texts = [
        "Estados Unidos exige que no se torture a los prisioneros.\nLa palabra de Suleiman es la garantía del gobierno.",
        "El Ejército apoya una tregua con los manifestantes de la plaza Tahrir.",
        "Estados Unidos apoya la tregua anunciada por el Ejército egipcio.",
    ]
    arts = [lines_article(text, "es", datetime(2011, 2, day, 9, tzinfo=UTC)) for day, text in enumerate(texts, 1)]
    material = Material("t", None, arts)
    idx = index_entities(material)
    assert {o.issue for o in observe(material, idx)} >= {"prisoner exchange", "ceasefire"}
    assert contested(material) == {"ceasefire"}
    grid = build_positions(open_store(tmp_path / "p.db"), "t", material, idx)
    assert {c.issue for c in grid.cells} == {"ceasefire"}
    # One article alone is the whole story: its issues are the story's.
    assert "prisoner exchange" in contested(Material("t", None, arts[:1]))


@pytest.mark.parametrize(
    ("lang", "text", "party"),
    [
        # POS-csbgsl: "Europejska", nearer the cue than "Komisja", had made the Commission's proposal the EU's
        ("pl", "Komisja Europejska zaproponowała nowe sankcje wobec Rosji.", "Commission"),
        ("en", "The European Commission proposed new sanctions on Russia.", "Commission"),
        ("ru", "Европейская комиссия предложила новые санкции против России.", "Commission"),
        ("uk", "Європейська комісія запропонувала нові санкції проти Росії.", "Commission"),
        ("en", "The European Union demands new sanctions on Russia.", "EU"),
    ],
)
def test_a_party_word_inside_another_partys_name_is_that_partys(lang: str, text: str, party: str) -> None:
    assert observed(text, lang) == {(party, "sanctions", "demands")}
