"""The party a person speaks for comes from their own title, not from the words of a title-case headline before the name.

On the bench store Barack Obama "spoke for EU": his only party vote came from the headline "European Union President
Criticizes Obama 's Economic Policies", where the recogniser read "Criticizes Obama" as one name and the words before
it, "European Union President", as his title. A reporting verb of the language (the quotes lexicon's cues) right
before a name, or inside the name's mention, ends the title there (`brief.actors._role_spans`)."""

from __future__ import annotations

import pytest

from storyline.brief.actors import _role_spans, index_entities
from storyline.brief.material import Material
from storyline.model import Article, Span

HEADLINE = (
    "European Union President Criticizes Obama 's Economic Policies Members of the European Parliament vote on a "
    "package of bills . \nThe Czech prime minister 's comments about U.S. policies angered some legislators . \n"
    "Obama has been urged to spend more."
)


def _article(lang: str, text: str, mentions: list[tuple[str, str, str | None]]) -> Article:
    """An article with its mentions: (surface, type, entity id), each at its first occurrence."""
    art = Article(text=text, raw_text=text, language=lang)
    spans = []
    for surface, etype, eid in mentions:
        start = text.index(surface)
        attrs = {"type": etype, "lemma": surface, "lang": lang}
        if eid:
            attrs["entity_id"] = eid
        spans.append(Span(start, start + len(surface), "mention", attrs))
    art.set_layer("mention", spans)
    return art


def _roles(lang: str, text: str, name: str, others: tuple[str, ...] = ()) -> list[str]:
    """The role phrases read around `name`, other people's names marked as mentions."""
    art = _article(lang, text, [(n, "PER", None) for n in (name, *others)])
    start = text.index(name)
    spans = _role_spans(art, Span(start, start + len(name), "mention", {"type": "PER"}))
    return [text[s:e] for s, e in spans]


def test_a_headline_verb_read_into_the_name_gives_no_party() -> None:
    """The bench case: "Criticizes Obama" is one mention; "European Union President" is no title of Obama's."""
    art = _article(
        "en",
        HEADLINE,
        [("European Union", "ORG", None), ("Criticizes Obama", "PER", "PER-obama"), ("Czech", "LOC", None)],
    )
    later = HEADLINE.rindex("Obama")
    art.set_layer(
        "mention",
        [*art.spans("mention"), Span(later, later + 5, "mention", {"type": "PER", "entity_id": "PER-obama"})],
    )
    idx = index_entities(Material("t", None, [art]))
    assert idx.mentions["PER-obama"]  # the person is indexed ...
    assert "PER-obama" not in idx.party  # ... and speaks for no party: the headline's subject is someone else


def test_a_headline_verb_right_before_the_name_ends_the_title() -> None:
    """A headline glued to its caption: "… CBO Chief Says Peter R. Orszag , director of …" ("Says" is a verb)."""
    text = (
        "Bailout Could Deepen Crisis , CBO Chief Says Peter R. Orszag , director of the Congressional Budget "
        "Office , testifies on Capitol Hill yesterday ."
    )
    assert _roles("en", text, "Peter R. Orszag") == []  # was ["CBO Chief Says"]


@pytest.mark.parametrize(
    ("lang", "text", "name", "roles"),
    [
        # a title word or a name right before the person still opens their title, wherever a cue word sits in it
        (
            "en",
            "When Barr worked for Clinton 's State Department , he advised Director of the Policy Planning Staff "
            "James W. Steinberg .",
            "James W. Steinberg",
            ["Director of the Policy Planning Staff"],
        ),
        (
            "en",
            "The Gulf Coast Claims Facility pays . \nClaims spokeswoman Amy Weiss declined comment on the payments .",
            "Amy Weiss",
            ["Claims spokeswoman"],
        ),
        (
            "en",
            "Aid is arriving.\nUS President Barack Obama met two of his predecessors.",
            "Barack Obama",
            ["US President"],
        ),
        (
            "de",
            "Das sagte die Sprecherin des ukrainischen Außenministeriums, Iryna Kowaltschuk, am Freitag.",
            "Iryna Kowaltschuk",
            ["Sprecherin des ukrainischen Außenministeriums"],
        ),
        (
            "fr",
            "Selon le porte-parole du Kremlin Dmitri Peskov, rien n'est décidé.",
            "Dmitri Peskov",
            ["porte-parole du Kremlin"],
        ),
    ],
)
def test_titles_without_a_headline_verb_are_kept(lang: str, text: str, name: str, roles: list[str]) -> None:
    assert _roles(lang, text, name) == roles


def test_the_party_of_a_title_is_kept() -> None:
    """The rule leaves real titles' parties alone: "US President Barack Obama" speaks for US."""
    text = "Aid is arriving.\nUS President Barack Obama met two of his predecessors."
    art = _article("en", text, [("Barack Obama", "PER", "PER-obama")])
    assert index_entities(Material("t", None, [art])).party == {"PER-obama": "US"}
