"""Figures read as a reader reads them: sums with their currency and scale, percentages, parts of a total, link
lists' "10 hrs ago" — in several languages. Sentences shaped like those of the real briefings (Timeline17 BP oil,
CL-TLS Egypt, SlavicNER) that were wrongly called contradicted."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from storyline.brief.claims import conflict_between
from storyline.brief.figures import disputes_in, figure_values, same_quantity
from storyline.brief.material import Sentence
from storyline.model import Article, Span, Timestamp


def _sentences(text: str, lang: str, places: dict[str, str] | None = None) -> list[Sentence]:
    """The article's lines as sentences; `places` marks place names (surface -> entity id, every occurrence) as LOC
    mentions."""
    art = Article(text=text, language=lang, published=Timestamp(datetime(2010, 6, 16, 12, tzinfo=UTC)))
    spans, pos = [], 0
    for line in text.split("\n"):
        spans.append(Span(pos, pos + len(line), "sentence", {}))
        pos += len(line) + 1
    art.set_layer("sentence", spans)
    art.set_layer("timex", [])
    mentions = []
    for surface, entity in (places or {}).items():
        at = text.find(surface)
        while at >= 0:
            mentions.append(Span(at, at + len(surface), "mention", {"type": "LOC", "entity_id": entity}))
            at = text.find(surface, at + 1)
    art.set_layer("mention", sorted(mentions, key=lambda s: s.start))
    return [Sentence(art, s.start, s.end, k) for k, s in enumerate(spans)]


def _one(text: str, lang: str, places: dict[str, str] | None = None) -> Sentence:
    return _sentences(text, lang, places)[0]


@pytest.mark.parametrize(
    ("lang", "text", "values"),
    [
        # a currency glued or spaced, scale words and abbreviations of each language
        ("en", "Although BP has agreed to fund $20bn, reports said there could be no cap.", {2e10}),
        ("en", "The EU pledged €500m in military aid.", {5e8}),
        ("en", "The company has put the cost to date at $1.6 bn.", {1.6e9}),
        ("pl", "Rząd przeznaczy 20 mld zł na odbudowę wałów.", {2e10}),
        ("pl", "Z Polski wyjechało 1,5 mln osób.", {1.5e6}),
        ("de", "Die Soforthilfe der EU beträgt 2,3 Mrd. Euro.", {2.3e9}),
        ("ru", "США выделят Украине 20 млрд долларов.", {2e10}),
        ("it", "L'Unione europea stanzia 500 mln euro per l'Ucraina.", {5e8}),
        ("es", "Se dice que Mubarak ha amasado una fortuna de £25 mil millones para su familia.", {2.5e10}),
        ("ru", "Выпуск алмазов вырос до 6,2 млн карат.", {6.2e6}),
        # decimals kept
        ("pl", "Biden zdobył 50,91 proc. głosów.", {50.91}),
        ("ru", "В феврале этот показатель равнялся 7,9 процента.", {7.9}),
        # a count written with a thousands mark is no year
        ("es", "Han muerto 38 personas y otras 2.000 han resultado heridas.", {38.0, 2000.0}),
        # relative times of link lists, a bracketed note, a phone number: no figures
        ("en", "Obama: ' Reckless ' BP to pay - 2 hrs ago New York Times Estimates Jump Higher - 3 hrs ago", set()),
        ("fr", "Le Monde : le plan de BP, publié il y a 10 heures par la rédaction", set()),
        ("ru", "Лента новостей: Обама потребовал от BP создать фонд, 15 минут назад", set()),
        ("pl", "Obama wezwał BP do utworzenia funduszu - 3 godziny temu", set()),
        ("es", "Miles de manifestantes se reunían hoy (25) para celebrar el Día de la Revolución.", set()),
        ("es", "Conmutador: 618.813.7080 | Suscripciones", set()),
        # an ordinal with its case ending
        ("uk", "Інавгурація 46-го президента США відбудеться у Вашингтоні.", set()),
        ("ru", "Это был 46-й президент США, избранный 306 выборщиками.", {306.0}),
    ],
)
def test_a_figure_is_read_with_its_scale_and_nothing_else_is_a_figure(lang: str, text: str, values: set[float]) -> None:
    assert figure_values(_one(text, lang)) == values


@pytest.mark.parametrize(
    ("lang", "percent", "count"),
    [
        # "shares up almost 7%" against the "$20 billion" fund (a percentage is no count nor a sum)
        ("en", "BP shares closed up almost 7% on Thursday.", "BP will set aside 20 billion dollars for claims."),
        ("pl", "Poparcie dla Bidena wzrosło do 52 %.", "Na wiec Bidena przyszło 40 osób."),
        ("cs", "Inflace v Česku činila 7 %.", "Vláda schválila 9 opatření."),
        ("de", "Die Arbeitslosigkeit stieg auf 12 %.", "Die Regierung beschloss 10 Maßnahmen."),
    ],
)
def test_a_percentage_is_another_quantity_than_a_count(lang: str, percent: str, count: str) -> None:
    assert not same_quantity(_one(percent, lang), _one(count, lang))
    other = _one(percent.replace("7", "9").replace("52", "48").replace("12", "14"), lang)
    assert same_quantity(_one(percent, lang), other)  # two percentages of one thing still can differ


def test_a_sum_of_something_is_not_the_sum_a_fund_needs() -> None:
    """Timeline17 (Reuters): "need more than $20 billion" against "sell $10 billion of assets" was a dispute."""
    lines = _sentences(
        '"By the time this is all gone I think they\'ll need more than $20 billion," Bartholomew said.\n'
        "BP said in a statement it would sell $10 billion of assets to create the fund.",
        "en",
    )
    assert disputes_in(list(enumerate(lines))) == []
    same = _sentences(
        "Bartholomew said the fishermen will need $20 billion.\nBP said the fishermen will need $10 billion.", "en"
    )
    (d,) = disputes_in(list(enumerate(same)))
    assert d.values == {2e10, 1e10}


@pytest.mark.parametrize(
    ("lang", "text", "places"),
    [
        # CL-TLS Egypt: the toll of two cities and the part of it counted in one ("16 de ellas")
        (
            "es",
            "Según el último recuento, al menos 29 personas han muerto en El Cairo y Suez.\n"
            "De ellas, 16 personas murieron en hospitales de Cairo, según fuentes médicas.",
            {"Cairo": "LOC-cairo", "Suez": "LOC-suez"},
        ),
        # a total and the count of one place
        (
            "pl",
            "Według policji w sumie zginęło 29 osób.\nWedług szpitala 16 osób zginęło w Kairze.",
            {"Kairze": "LOC-cairo"},
        ),
        (
            "en",
            "Officials said 29 people died in total.\nDoctors said 16 people died in Cairo.",
            {"Cairo": "LOC-cairo"},
        ),
        # the toll of two cities against the toll of one of them
        (
            "ru",
            "По данным минздрава, 29 человек погибли в Каире и Суэце.\nПо данным полиции, 13 человек погибли в Суэце.",
            {"Каире": "LOC-cairo", "Суэце": "LOC-suez"},
        ),
        # a subgroup: "z nich", "из них", "davon"
        ("pl", "Według policji zginęło 29 osób.\nWedług szpitala 16 osób z nich to dzieci.", {}),
        ("de", "Nach Angaben der Polizei starben 29 Menschen.\nNach Angaben der Klinik starben davon 16 Menschen.", {}),
    ],
)
def test_a_part_and_its_whole_are_no_dispute(lang: str, text: str, places: dict[str, str]) -> None:
    lines = _sentences(text, lang, places)
    assert disputes_in(list(enumerate(lines))) == []


def test_a_part_and_its_whole_in_two_reports_do_not_contradict() -> None:
    """Across reports and languages: a total against the count of one place; two counts of one place still differ."""
    total = _one("Officials said 29 people died in total.", "en")
    cairo = _one("16 человек погибли в Каире.", "ru", {"Каире": "LOC-cairo"})
    assert not same_quantity(total, cairo)
    cairo_pl = _one("W Kairze zginęło 14 osób.", "pl", {"Kairze": "LOC-cairo"})
    assert same_quantity(cairo_pl, cairo)
    suez = _one("W Suezie zginęło 13 osób.", "pl", {"Suezie": "LOC-suez"})
    assert not same_quantity(suez, cairo)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        # Timeline17 (BBC): estimates revised over time
        (
            "en",
            "A government panel of scientists now believes 35,000-60,000 barrels are leaking from the well each day, "
            "up from its estimate last week of 20,000-40,000.\nBP's initial estimates were 1,000-5,000.",
        ),
        ("es", "Según el Gobierno, murieron 40 personas.\nSegún la estimación inicial, murieron 20 personas."),
        ("ru", "По данным МЧС, погибли 40 человек.\nПо данным МЧС, предварительные оценки были 20 человек."),
    ],
)
def test_a_figure_compared_with_an_earlier_one_is_no_dispute(lang: str, text: str) -> None:
    lines = _sentences(text, lang)
    assert disputes_in(list(enumerate(lines))) == []


def test_link_lists_and_sums_in_conflicts_between_reports() -> None:
    """BBC link lists ("- 10 hrs ago") gave "numbers differ: 10, 15 vs 2, 3, 4"; sums are shown whole."""
    a = _one("France24 BP OIL SPILL: Obama calls for clean energy - 10 hrs ago Bangkok Post - 15 hrs ago", "en")
    b = _one("Philadelphia Inquirer Obama: Reckless BP to pay - 2 hrs ago New York Times - 3 hrs ago", "en")
    assert conflict_between(a, b) is None
    paid = _one("To date, BP has paid out $62 million on claims.", "en")
    more = _one("To date, BP has paid out $90 million on claims.", "en")
    assert conflict_between(paid, more) == "numbers differ: 62,000,000 vs 90,000,000"
    tys = _one("Według policji protestowało 8 tys. rolników.", "pl")
    tysiace = _one("Organizatorzy mówią, że protestowało 15 tysięcy rolników.", "pl")
    assert conflict_between(tys, tysiace) == "numbers differ: 8,000 vs 15,000"


def test_the_currency_of_a_sum_past_two_scale_words() -> None:
    """CL-TLS Egypt: "hasta $70 mil millones de dólares" — the currency after "mil millones" was not found."""
    from storyline.brief.claims import currencies_in

    assert currencies_in("Mubarak ha amasado una fortuna de 70 mil millones de dólares.", "es") == {70e9: {"USD"}}
    assert currencies_in("Il a amassé 70 milliards de dollars.", "fr") == {70e9: {"USD"}}
