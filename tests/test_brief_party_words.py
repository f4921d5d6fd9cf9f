"""A title names its holder's party by a country or body named as theirs, not by a word inside another body's name,
and a time expression before a title is no part of it.

On the bench store "Securities and Exchange Commission head" Christopher Cox spoke for the (European) Commission,
"Inter-American Development Bank President" Luis Alberto Moreno for the US, "European Commission President" José
Manuel Barroso for the EU (the EU's "European" and the Commission's "European Commission" tied, and the EU came
first), and "Saturday White House spokesman", "4:57 PM President" were titles (`brief.actors.role_parties`,
`_role_spans`)."""

from __future__ import annotations

import pytest

from storyline.brief.actors import _role_spans, index_entities
from storyline.brief.material import Material
from storyline.model import Article, Span


def _article(lang: str, text: str, spans: list[tuple[str, str, str]]) -> Article:
    """An article with mentions and time expressions: (surface, layer, type), each at its first occurrence."""
    art = Article(text=text, raw_text=text, language=lang)
    layers: dict[str, list[Span]] = {"mention": [], "timex": []}
    for surface, layer, etype in spans:
        start = text.index(surface)
        attrs = {"type": etype, "lemma": surface, "lang": lang}
        if etype == "PER":
            attrs["entity_id"] = "PER-x"
        layers[layer].append(Span(start, start + len(surface), layer, attrs))
    for layer, found in layers.items():
        art.set_layer(layer, found)
    return art


def _party(lang: str, text: str, name: str, orgs: tuple[str, ...] = ()) -> str | None:
    """The party the person `name` speaks for, `orgs` marked as the recogniser's organisation names."""
    art = _article(lang, text, [(name, "mention", "PER"), *((o, "mention", "ORG") for o in orgs)])
    return index_entities(Material("t", None, [art])).party.get("PER-x")


@pytest.mark.parametrize(
    ("lang", "text", "name", "orgs"),
    [
        (
            "en",
            "Aid is arriving.\nSecurities and Exchange Commission head Christopher Cox said the rule stays.",
            "Christopher Cox",
            ("Securities and Exchange Commission",),
        ),
        (
            "es",
            "Lo anunció el presidente de la Comisión Electoral, Faruq Sultán, en El Cairo.",
            "Faruq Sultán",
            ("Comisión Electoral",),
        ),
        (
            "pl",
            "Decyzję ogłosił szef Komisji Nadzoru Finansowego Jacek Jastrzębski.",
            "Jacek Jastrzębski",
            ("Komisji Nadzoru Finansowego",),
        ),
    ],
)
def test_a_party_short_name_inside_another_body_name_is_no_party(
    lang: str, text: str, name: str, orgs: tuple[str, ...]
) -> None:
    """ "Commission" alone is the Commission; inside a longer name the recogniser found it is another commission."""
    assert _party(lang, text, name, orgs) is None


@pytest.mark.parametrize(
    ("lang", "text", "name", "orgs"),
    [
        ("en", "Aid is arriving.\nCommission spokesperson Pieter de Wolf said so.", "Pieter de Wolf", ("Commission",)),
        (
            "fr",
            "Selon le porte-parole de la Commission, Pieter de Wolf, rien n'est décidé.",
            "Pieter de Wolf",
            ("Commission",),
        ),
    ],
)
def test_a_party_short_name_standing_alone_is_the_party(lang: str, text: str, name: str, orgs: tuple[str, ...]) -> None:
    assert _party(lang, text, name, orgs) == "Commission"


@pytest.mark.parametrize(
    ("lang", "text", "name", "orgs"),
    [
        (
            "en",
            "Aid is arriving.\nEuropean Commission President Jose Manuel Barroso met the leaders.",
            "Jose Manuel Barroso",
            ("European Commission",),
        ),
        (
            "pl",
            "Spotkanie zwołał szef Komisji Europejskiej Jean-Claude Juncker.",
            "Jean-Claude Juncker",
            ("Komisji Europejskiej",),
        ),
    ],
)
def test_a_party_word_inside_another_party_name_is_that_party(
    lang: str, text: str, name: str, orgs: tuple[str, ...]
) -> None:
    """ "European" of "European Commission" is the Commission's word, not a second vote for the EU."""
    assert _party(lang, text, name, orgs) == "Commission"


def test_the_second_half_of_a_hyphenated_word_is_no_party() -> None:
    text = "Loans were pledged by Inter-American Development Bank President Luis Alberto Moreno."
    assert _party("en", text, "Luis Alberto Moreno", ("Inter-American Development Bank",)) is None


@pytest.mark.parametrize(
    ("lang", "text", "name", "orgs", "party"),
    [
        # a country named as the owner of a body is the holder's party, whichever side of the body's name it stands
        (
            "en",
            "Aid is arriving.\nUS Coast Guard commander Thad Allen said the leak slowed.",
            "Thad Allen",
            ("US Coast Guard",),
            "US",
        ),
        (
            "ru",
            "Об этом сообщила представитель МИД России Мария Захарова.",
            "Мария Захарова",
            ("МИД России",),
            "RU",
        ),
        (
            "en",
            "Aid is arriving.\nEuropean Central Bank President Jean-Claude Trichet warned.",
            "Jean-Claude Trichet",
            ("European Central Bank",),
            "EU",
        ),
    ],
)
def test_a_country_owning_a_body_is_still_the_party(
    lang: str, text: str, name: str, orgs: tuple[str, ...], party: str
) -> None:
    assert _party(lang, text, name, orgs) == party


@pytest.mark.parametrize(
    ("text", "name", "when", "roles"),
    [
        (
            'Gibbs spoke. "We will see," Saturday White House spokesman Robert Gibbs told reporters .',
            "Robert Gibbs",
            "Saturday",
            ["White House spokesman"],
        ),
        (
            "Tuesday , March 3 , 2009 ; 4:57 PM President Obama , seeking to boost confidence , spoke .",
            "Obama",
            "4:57 PM",
            ["President"],
        ),
    ],
)
def test_a_time_expression_before_a_title_is_no_part_of_it(text: str, name: str, when: str, roles: list[str]) -> None:
    art = _article("en", text, [(name, "mention", "PER"), (when, "timex", "TIME")])
    start = text.index(name)
    spans = _role_spans(art, Span(start, start + len(name), "mention", {"type": "PER"}))
    assert [text[s:e] for s, e in spans] == roles


@pytest.mark.parametrize(
    ("lang", "text", "name", "party"),
    [
        ("de", "Das sagte US-Präsident Donald Trump am Freitag.", "Donald Trump", "US"),
        ("de", "Das sagte der Kreml-Sprecher Igor Beljajew am Freitag.", "Igor Beljajew", "RU"),
        ("ru", "Об этом заявила Премьер-министр Великобритании Тереза Мэй.", "Тереза Мэй", "GB"),
        ("uk", "Про це заявила Прем'єр-міністр Великої Британії Тереза Мей.", "Тереза Мей", "GB"),
    ],
)
def test_a_hyphenated_title_is_a_title(lang: str, text: str, name: str, party: str) -> None:
    """A hyphenated word whose last part is a title word is a title, a party's word in it or not ("US-Präsident" is
    the US's pattern whole, "Премьер-министр" no title word whole): neither gave a title before."""
    assert _party(lang, text, name) == party


def test_a_hyphenated_title_without_a_party_is_listed() -> None:
    text = "The warning came from WHO Director-General Margaret Chan on Friday."
    art = _article("en", text, [("Margaret Chan", "mention", "PER"), ("WHO", "mention", "ORG")])
    start = text.index("Margaret Chan")
    spans = _role_spans(art, Span(start, start + len("Margaret Chan"), "mention", {"type": "PER"}))
    assert [text[s:e] for s, e in spans] == ["WHO Director-General"]


@pytest.mark.parametrize(
    ("lang", "text", "name"),
    [
        ("it", "Lo ha detto la portavoce della Commissione europea, Pia Ahrenkilde, a Bruxelles.", "Pia Ahrenkilde"),
        ("es", "Lo dijo el portavoz de la Comisión Europea, Eric Mamer, en Bruselas.", "Eric Mamer"),
        ("fr", "Selon le porte-parole de la Commission européenne, Eric Mamer, rien n'est décidé.", "Eric Mamer"),
        ("de", "Das sagte der Sprecher der EU-Kommission, Eric Mamer, am Freitag.", "Eric Mamer"),
        ("de", "Das sagte die EU-Kommissarin Stella Kyriakides am Freitag.", "Stella Kyriakides"),
    ],
)
def test_the_commission_full_name_is_the_commission_not_the_eu(lang: str, text: str, name: str) -> None:
    """The Commission's full name was the EU's too ("Commissione europea" in the EU's pattern, "EU-\\w+" matching
    "EU-Kommission"): one vote each, and the tie went to the EU."""
    assert _party(lang, text, name) == "Commission"
