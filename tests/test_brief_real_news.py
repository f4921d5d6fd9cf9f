"""Briefings of real news (SlavicNER's Russia-Ukraine war articles, Timeline17's Haiti earthquake from the BBC):
the shapes of sentences that made the positions grid and the claims wrong there, in sentences of our own."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from storyline.brief.actors import _role_spans
from storyline.brief.claims import conflict_between
from storyline.brief.figures import Dispute, disputes_in
from storyline.brief.material import Material, Sentence
from storyline.model import Article, Span
from tests.brief_articles import lines_article, observed


def _article(text: str, lang: str) -> Article:
    """An article whose sentences are its lines."""
    return lines_article(text, lang, datetime(2026, 4, 14, 9, tzinfo=UTC))


_observed = observed


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


def _disputes(text: str, lang: str) -> list[Dispute]:
    art = _article(text, lang)
    sents = [Sentence(art, s.start, s.end, k) for k, s in enumerate(art.spans("sentence"))]
    return disputes_in(list(enumerate(sents)))


def test_ages_of_two_people_are_no_disputed_figure() -> None:
    """The Haiti briefing's 'sources give different figures: 24 vs 16' came from two survivors' ages: an age set
    off by commas or joined by a hyphen to its word does not stand alone like '... spoke of 4,000.'."""
    text = (
        "Jean Baptiste, 24, was pulled out after 11 days, rescuers said.\n"
        "The 16-year-old was found in the rubble of a school, her aunt said."
    )
    assert _disputes(text, "en") == []
    # A figure that does stand alone still counts what the other source's figure counts.
    (d,) = _disputes("Police said 1,800 tractors had come.\nThe organisers said there were 4,000.", "en")
    assert d.values == {1800.0, 4000.0}


def test_a_ranges_word_is_the_word_after_its_second_figure() -> None:
    """The Slavic briefing's 'sources give different figures: 15 vs 18' paired tonnes with months: in 'от 15 до 20
    миллионов тонн' the word after 15 is the range's 'до', which both sentences had."""
    text = (
        "По оценкам экспертов, отставание по экспорту составляет от 15 до 20 миллионов тонн.\n"
        "Замминистра заявил, что для вывоза запасов потребуется от 18 до 24 месяцев."
    )
    assert _disputes(text, "ru") == []
    (d,) = _disputes(
        "Police said between 5,000 and 8,000 people marched.\nOrganisers said 15,000 to 20,000 people marched.", "en"
    )
    assert d.values & {15000.0, 20000.0}


def _sentence(text: str, lang: str) -> Sentence:
    art = _article(text, lang)
    return Sentence(art, 0, len(text), 0)


def test_numbers_of_different_things_are_no_conflict_in_one_language() -> None:
    """The Haiti briefing called 'the magnitude 7 quake' and 'aftershocks of 5.9 and 5.5' contradicted, and read
    a donation line's phone number '0370 60 60 900' as figures against '31.5m'."""
    quake = _sentence("The magnitude 7 quake struck south of the capital on Tuesday evening.", "en")
    after = _sentence("The quake was followed by two aftershocks of 5.9 and 5.5 on the Richter scale.", "en")
    assert conflict_between(quake, after) is None
    phone = _sentence("Donate by calling 0370 60 60 900 to help the relief effort.", "en")
    money = _sentence("Donations to the relief effort have reached 31.5m so far.", "en")
    assert conflict_between(phone, money) is None
    # The same thing counted differently still conflicts, and across languages the words cannot tell.
    dead = _sentence("The flood has killed 12 people in the region.", "en")
    more = _sentence("The flood has killed 14 people in the region.", "en")
    assert conflict_between(dead, more) is not None
    toll = _sentence("Powódź zabiła w regionie 14 osób.", "pl")
    assert conflict_between(dead, toll) is not None


def _roles(lang: str, text: str, name: str, others: tuple[str, ...] = ()) -> list[str]:
    """The role phrases the actors index reads around `name`, other people's names marked as mentions."""
    art = Article(text=text, raw_text=text, language=lang)
    art.set_layer(
        "mention",
        [Span(text.index(o), text.index(o) + len(o), "mention", {"type": "PER"}) for o in (name, *others)],
    )
    start = text.index(name)
    return [text[s:e] for s, e in _role_spans(art, Span(start, start + len(name), "mention", {"type": "PER"}))]


def test_a_title_at_a_line_start_keeps_its_first_letter() -> None:
    """'\\nUS President Barack Obama met ...' had given the role 'S President': a line break is one character."""
    text = "Aid is arriving.\nUS President Barack Obama met two of his predecessors."
    assert _roles("en", text, "Barack Obama") == ["US President"]
    # A sentence's first word opens a title only as a title word, a party or a name, not as 'Meanwhile'.
    text = "Aid is arriving.\nMeanwhile President Rene Preval said the elections would be postponed."
    assert _roles("en", text, "Rene Preval") == ["President"]


def test_a_title_with_another_persons_name_is_not_this_ones() -> None:
    """A list of officials ('Путину, министру иностранных дел Сергею Лаврову, главе Минобороны Сергею Шойгу') gave
    Putin the foreign minister's title, and a caption run into the text ('the BBC's Matt Frei Haitian President
    Rene Preval') the reporter's name as part of Preval's title."""
    text = "Доклад направлен Владимиру Путину, министру обороны Сергею Шойгу и главе МИД Сергею Лаврову."
    assert _roles("ru", text, "Владимиру Путину", ("Сергею Шойгу", "Сергею Лаврову")) == []
    assert _roles("ru", text, "Сергею Лаврову", ("Владимиру Путину", "Сергею Шойгу")) == ["главе МИД"]
    text = "Our reporter spoke to the BBC's Matt Frei Haitian President Rene Preval has said thousands died."
    assert _roles("en", text, "Rene Preval", ("Matt Frei",)) == ["Haitian President"]
    # A title for someone else's sake is still the title of the one it follows.
    text = "Steve Witkoff, the special envoy for President Donald Trump, arrived in Moscow."
    assert _roles("en", text, "Steve Witkoff", ("Donald Trump",)) == ["the special envoy for President Donald Trump"]


def test_a_sentence_that_is_only_a_dateline_is_no_sentence_of_the_story() -> None:
    """'МОСКВА, 13 мая - РИА Новости.' was a bullet of the Slavic briefing's summary and a claim of its own."""
    text = (
        "Байден объявил о новом пакете помощи Украине\n"
        "МОСКВА, 14 апреля - РИА Новости.\n"
        "Президент США объявил о новом пакете военной помощи Украине на 800 миллионов долларов."
    )
    art = _article(text, "ru")
    got = [s.text for s in Material("t", None, [art]).sentences(art)]
    assert got == [text.split("\n")[0], text.split("\n")[2]]
    # A dateline opening the news is cut off, the news kept.
    text = "Headline\nWARSAW, March 13 (PAP) - Poland's government said it would send more troops to the border."
    art = _article(text, "en")
    got = [s.text for s in Material("t", None, [art]).sentences(art)]
    assert got == ["Headline", "Poland's government said it would send more troops to the border."]


def test_a_title_joined_to_the_name_by_of_is_someone_elses() -> None:
    """'Enviado de Obama' at a line start (the Egypt sample) is Obama's envoy, no role of Obama's."""
    text = "Protestas en El Cairo.\nEnviado de Obama pide a Mubarak que se quede."
    assert _roles("es", text, "Obama") == []
    assert _roles("en", "Aid is arriving.\nEnvoy of Obama meets Mubarak.", "Obama") == []


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "pl",
            "Ale teraz Unia chce, by te gwarancje objęły wszystkich obywateli UE.\nLondyn odrzuca członkostwo w unii celnej.",
        ),
        (
            "en",
            "The EU wants guarantees for its citizens living in Britain.\nLondon rejects membership of the customs union.",
        ),
        ("ru", "ЕС требует гарантий для своих граждан в Британии.\nЛондон отвергает членство в таможенном союзе."),
    ],
)
def test_a_generic_membership_or_guarantee_out_of_its_context_is_no_issue(lang: str, text: str) -> None:
    """A SlavicNER Brexit briefing's grid held 'security guarantees' and 'NATO membership' from citizens' rights
    ('te gwarancje objęły wszystkich obywateli') and EU membership ('członkostwa'): no article named NATO or
    security."""
    assert _observed(text, lang) == set()


def test_a_generic_guarantee_in_a_security_context_is_still_the_issue() -> None:
    """'We will not show flexibility on guarantees' in a report on troops and a ceasefire stays security guarantees."""
    text = "Kyiv wants European troops behind any ceasefire.\nKyiv will not show any flexibility on guarantees."
    assert ("UA", "security guarantees", "demands") in _observed(text, "en")
