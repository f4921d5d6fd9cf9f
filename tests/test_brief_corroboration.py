"""Corroborated and contradicted claims: two reports back each other only when they state the same claim.

The shapes come from briefings of real news (CORROB audit, /work/briefs/audit_corrob.md): SlavicNER's war in
Ukraine (the EU's 500 million euros of military aid "corroborated" by 500 million dollars of US economic aid),
Timeline17's BP oil spill from five outlets (sentences sharing a name and little else; three outlets quoting
Svanberg's "not the case with BP. We care about the small people" called a contradiction of "we care about the
small people"), written here as sentences of our own in several languages.
"""

from __future__ import annotations

import re

import numpy as np
import pytest

from storyline.brief.claims import Pool, build_pool, conflict_between, conflict_in_pair, currencies_in, matches
from storyline.brief.material import Material, Sentence
from storyline.model import Article, Span
from tests.brief_articles import lines_article


def _pool(lines: list[tuple[str, str]], alike: set[int], names: dict[int, list[tuple[str, str]]] | None = None) -> Pool:
    """A pool of one-sentence articles (text, language) whose sentences `alike` share one embedding and the others
    none (a filler article each): their embedding similarity stands far above the story's mean. `names`: the
    (surface, entity) mentions of a line."""
    fillers = [("en", f"Filler report number {k} about the weather in the mountains today.") for k in range(1, 13)] + [
        ("de", f"Ein weiterer Bericht Nummer {k} über das Wetter in den Bergen.") for k in range(1, 4)
    ]
    texts = [(lang, text) for text, lang in lines] + fillers
    articles = []
    for k, (lang, text) in enumerate(texts):
        art = lines_article(text, lang)
        spans = []
        for name, entity in (names or {}).get(k, []):
            for m in re.finditer(re.escape(name), text):
                spans.append(Span(m.start(), m.end(), "mention", {"entity_id": entity, "type": "LOC"}))
        art.set_layer("mention", spans)
        articles.append(art)
    material = Material("t", None, articles)
    dim = len(articles) + 1
    index = {a.id: k for k, a in enumerate(articles)}

    def embed(items: list[tuple[str, tuple[str, int, int]]]) -> np.ndarray:
        out = np.zeros((len(items), dim), dtype=np.float32)
        for row, (_, (article_id, _, _)) in enumerate(items):
            k = index[article_id]
            out[row, 0 if k in alike else k + 1] = 1.0
        return out

    pool = build_pool(material, {}, embed=embed)
    assert len(pool.sentences) == len(articles)
    return pool


def _where(pool: Pool, text: str) -> int:
    return next(i for i, s in enumerate(pool.sentences) if s.text.startswith(text))


@pytest.mark.parametrize(
    ("lang", "text", "code"),
    [
        ("cs", "EU poskytne Ukrajině další vojenskou pomoc za 500 milionů eur, uvedl Borrell", "EUR"),
        ("pl", "Kolejne 500 mln euro wsparcia dla Ukrainy od UE.", "EUR"),
        ("ru", "Украина получит экономическую помощь в размере 500 млн долларов.", "USD"),
        ("uk", "США нададуть Україні 500 млн доларів економічної допомоги.", "USD"),
        ("pl", "Biden zapowiedział transzę pomocy w wysokości 500 mln USD.", "USD"),
        ("en", "Washington will send $500 million of economic aid.", "USD"),
        ("en", "The EU will give 500 million euros of military aid.", "EUR"),
        ("de", "Die EU gibt weitere 500 Millionen Euro für Waffen.", "EUR"),
        ("fr", "L'UE versera 500 millions d'euros d'aide militaire.", "EUR"),
        ("es", "Estados Unidos enviará 500 millones de dólares en ayuda económica.", "USD"),
        ("it", "L'UE stanzia altri 500 milioni di euro in aiuti militari.", "EUR"),
        ("bg", "ЕС ще отпусне още 500 млн евро военна помощ.", "EUR"),
        ("sl", "EU bo Ukrajini namenila še 500 milijonov evrov vojaške pomoči.", "EUR"),
    ],
)
def test_the_currency_of_a_sum(lang: str, text: str, code: str) -> None:
    assert currencies_in(text, lang) == {500e6: {code}}


def test_no_currency_where_none_is_written() -> None:
    """A word that only begins like a currency ("Europeans") or a count of people names none."""
    assert currencies_in("The 500 Europeans stranded in Kyiv flew home.", "en") == {}
    assert currencies_in("Do Polski przyjechało 500 tysięcy uchodźców.", "pl") == {}


def test_one_sum_in_two_currencies_is_two_claims() -> None:
    """The EU's €500m of military aid and the US's $500m of economic aid share a number, not a claim; the two
    reports of the EU's €500m still corroborate each other."""
    eu_cs = "EU poskytne Ukrajině další vojenskou pomoc za 500 milionů eur, uvedl Borrell"
    eu_pl = "Kolejne 500 mln euro wsparcia dla Ukrainy od UE teraz."
    us_ru = "Помимо поставок оружия, Украина получит экономическую помощь в размере 500 млн долларов."
    eu, ua = "ORG-european-union", "LOC-ukraine"
    names = {0: [("EU", eu), ("Ukrajině", ua)], 1: [("UE", eu), ("Ukrainy", ua)], 2: [("Украина", ua)]}
    pool = _pool([(eu_cs, "cs"), (eu_pl, "pl"), (us_ru, "ru")], alike={0, 1, 2}, names=names)
    cs, pl, ru = _where(pool, eu_cs), _where(pool, eu_pl), _where(pool, us_ru)
    assert matches(pool, cs, pl)
    assert not matches(pool, cs, ru)
    assert not matches(pool, pl, ru)


def test_a_shared_name_alone_makes_no_claim_in_one_language() -> None:
    """Two sentences of one language that share a name and hardly another word state different things; a
    report of the same fact in other words still matches."""
    a = "Even the president of the United States must go there to see it."
    b = "As President of the United States, it was his job to protect our coast."
    c = "BP will pay 20 billion dollars into a fund for the victims of the spill."
    d = "BP is to put 20 billion dollars in a compensation fund for victims."
    e = "We're not small people."
    f = '"We\'re not small people."'
    us, bp = ("United States", "LOC-united-states"), ("BP", "ORG-bp")
    names = {0: [us], 1: [us], 2: [bp], 3: [bp]}
    lines = [(a, "en"), (b, "en"), (c, "en"), (d, "en"), (e, "en"), (f, "en")]
    pool = _pool(lines, alike={0, 1, 2, 3, 4, 5}, names=names)
    assert not matches(pool, _where(pool, a), _where(pool, b))
    assert matches(pool, _where(pool, c), _where(pool, d))
    assert matches(pool, _where(pool, e), _where(pool, f))  # one quotation, word for word


def test_a_shared_name_alone_makes_no_claim_in_polish_and_russian() -> None:
    a = "Prezydent Stanów Zjednoczonych podziękował premierowi za wsparcie."
    b = "Prezydent Stanów Zjednoczonych ogłosił nowy pakiet pomocy wojskowej."
    c = "Путин заявил журналистам, что переговоры зашли в тупик."
    d = "Путин встретился в Кремле с губернатором области."
    us, putin = ("Stanów Zjednoczonych", "LOC-united-states"), ("Путин", "PER-vladimir-putin")
    names = {0: [us], 1: [us], 2: [putin], 3: [putin]}
    pool = _pool([(a, "pl"), (b, "pl"), (c, "ru"), (d, "ru")], alike={0, 1, 2, 3}, names=names)
    assert not matches(pool, _where(pool, a), _where(pool, b))
    assert not matches(pool, _where(pool, c), _where(pool, d))


def _sentence(text: str, lang: str) -> Sentence:
    return Sentence(lines_article(text, lang), 0, len(text), 0)


# (language, a negation of something else and a sentence it does not deny, a negation and the words it denies)
NEGATIONS = [
    (
        "en",
        "I hear that large oil companies don't care, but that is not the case with BP. We care about the small people.",
        "And we care about the small people, added the chairman.",
        "The meeting did not take place on Monday.",
        "The meeting took place late on Monday.",
    ),
    (
        "en",
        "This fund will not be controlled by BP.",
        "An independent third party will adjudicate the claims.",
        "The fund will not be controlled by BP.",
        "The fund will be controlled by BP.",
    ),
    (
        "pl",
        "Minister zapewnił, że rząd nie zostawi poszkodowanych bez pomocy.",
        "Minister spędzi noc w regionie.",
        "Spotkanie delegacji nie odbyło się w Wiedniu.",
        "Spotkanie delegacji odbyło się w Wiedniu.",
    ),
    (
        "ru",
        "Министр заявил, что помощь не будет ограничена.",
        "Министр заявил, что Украина получит помощь.",
        "Переговоры делегаций не состоялись в Вене.",
        "Переговоры делегаций состоялись в Вене.",
    ),
    (
        "de",
        "Der Fonds wird nicht von BP verwaltet.",
        "Ein unabhängiger Dritter entscheidet über die Ansprüche.",
        "Das Treffen fand nicht statt.",
        "Das Treffen fand am Montag in Wien statt.",
    ),
    (
        "fr",
        "Le fonds ne sera pas contrôlé par BP.",
        "Un tiers indépendant statuera sur les demandes.",
        "La rencontre n'a pas eu lieu à Vienne.",
        "La rencontre a eu lieu à Vienne.",
    ),
]


@pytest.mark.parametrize(("lang", "other_negating", "other_stating", "negating", "stating"), NEGATIONS)
def test_a_negation_contradicts_only_the_words_it_denies(
    lang: str, other_negating: str, other_stating: str, negating: str, stating: str
) -> None:
    """In one language a negation contradicts a report whose words it denies ("did not take place" / "took
    place"), not one that states something else ("will not be controlled by BP" / "a third party will
    adjudicate the claims"), nor one that repeats the words the negating sentence also states outside it."""
    assert conflict_between(_sentence(other_negating, lang), _sentence(other_stating, lang)) is None
    assert conflict_between(_sentence(other_stating, lang), _sentence(other_negating, lang)) is None
    reason = "one source negates what the other states"
    assert conflict_between(_sentence(negating, lang), _sentence(stating, lang)) == reason
    assert conflict_between(_sentence(stating, lang), _sentence(negating, lang)) == reason


def test_a_negation_across_languages_still_contradicts_and_the_scope_rule_holds_in_one() -> None:
    """Across languages the words cannot be compared: a negation on one side of a confirmed match will do
    (the demo's uk/ru meeting and denial); in one language the negation must deny the other's words."""
    met = _sentence("Зустріч відбулася вчора пізно ввечері.", "uk")
    denied = _sentence("Никаких двусторонних переговоров не было.", "ru")
    assert conflict_between(met, denied) == "one source negates what the other states"
    quoted = _sentence("We care about the small people, he said, and that is not the case with BP.", "en")
    assert conflict_between(quoted, _sentence("We care about the small people.", "en")) is None


def _timex_article(text: str, day: str) -> Article:
    art = lines_article(text, "en")
    m = re.search(r"Thursday|Wednesday", text)
    assert m is not None
    art.set_layer("timex", [Span(m.start(), m.end(), "timex", {"value": day, "granularity": "day"})])
    return art


def test_a_conflict_needs_the_exact_model_to_match_the_pair_too() -> None:
    """ "Hayward faces a House hearing on Thursday" (read as the Thursday before) and "Hayward will testify on
    Thursday" differ in their dates only through the time tagger: a pair the static score matches but the exact
    model does not is no contradiction; when the exact model matches it too, the dates count."""
    a = _timex_article("Hayward faces a House hearing on Thursday, a letter says.", "2010-06-10")
    b = _timex_article("Hayward will testify before the House committee on Thursday.", "2010-06-17")
    sentences = [Sentence(a, 0, len(a.text), 0), Sentence(b, 0, len(b.text), 0)]
    both = np.ones((2, 2), dtype=bool)
    np.fill_diagonal(both, False)

    def pool(exact_score: float) -> Pool:
        score = np.full((2, 2), 6.0, dtype=np.float32)
        exact = np.full((2, 2), exact_score, dtype=np.float32)
        empty: list[frozenset[str]] = [frozenset(), frozenset()]
        return Pool(
            sentences,
            np.eye(2, dtype=np.float32),
            [{}, {}],
            empty,
            empty,
            empty,
            np.zeros((2, 2), dtype=np.float32),
            score=score,
            match=both,
            exact=both,
            lex=np.zeros((2, 2), dtype=np.float32),
            exact_score=exact,
        )

    assert conflict_in_pair(pool(2.0), 0, 1) is None
    assert conflict_in_pair(pool(5.5), 0, 1) == "dates differ: 2010-06-10 vs 2010-06-17"
