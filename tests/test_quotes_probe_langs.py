"""News-agency constructions in pl, ru, uk, cs, es, it, de, fr: each finds its claim, cue and speaker.

Each case is a sentence written the way PAP, TASS/RIA, Ukrinform, ČTK, EFE, ANSA, dpa or AFP write; each
failed before the data or rule it names was added.
"""

from __future__ import annotations

import pytest

from storyline.quotes import find_quotes, simple_sentences


def _found(text: str, lang: str) -> list[tuple[str, str, str, str]]:
    """(content, cue, speaker words, speaker label) of each quotation found in `text`."""
    found = []
    for quote in find_quotes(text, lang, simple_sentences(text)):
        span = quote.span()
        cue, speaker = span.attrs["cue"], span.attrs.get("speaker")
        found.append(
            (
                text[span.start : span.end],
                text[cue[0] : cue[1]],
                text[speaker[0] : speaker[1]] if speaker else "",
                span.attrs.get("speaker_label") or "",
            )
        )
    return found


def _has(text: str, lang: str, content: str, cue: str, speaker: str) -> bool:
    """True when a quotation of `text` is `content` (exactly), cued by `cue` and spoken by `speaker`."""
    return any(c == content and q == cue and s == speaker for c, q, s, _label in _found(text, lang))


@pytest.mark.parametrize(
    ("lang", "text", "content", "cue", "speaker"),
    [
        # A medium named by its kind before its name is the source (uk/cs INSTITUTION_NOUNS).
        (
            "uk",
            "Переговори можуть відбутися вже наступного тижня, пише видання Axios.",
            "Переговори можуть відбутися вже наступного тижня",
            "пише",
            "видання Axios",
        ),
        (
            "cs",
            "Jednání skončilo bez dohody, napsal server iROZHLAS.",
            "Jednání skončilo bez dohody",
            "napsal",
            "server iROZHLAS",
        ),
        # The document read from is the source (pl SOURCE_FIRST).
        (
            "pl",
            "Jak czytamy w komunikacie ministerstwa, szczyt odbędzie się w Warszawie.",
            "szczyt odbędzie się w Warszawie",
            "Jak czytamy w",
            "komunikacie ministerstwa",
        ),
        # A perfect tense after "según" / "secondo quanto" belongs to the cue (es, it SOURCE_FIRST).
        (
            "es",
            "Según ha informado el Ministerio del Interior, el detenido tiene 34 años.",
            "el detenido tiene 34 años",
            "Según ha informado",
            "el Ministerio del Interior",
        ),
        (
            "it",
            "Secondo quanto riferisce la Farnesina, i connazionali sono tutti in salvo.",
            "i connazionali sono tutti in salvo",
            "Secondo quanto riferisce",
            "la Farnesina",
        ),
        # The addressee before the complementizer is no part of the claim (es ADDRESSEE_CUES).
        (
            "es",
            "Fuentes del Ministerio de Defensa han indicado a EFE que el ejercicio se celebrará en mayo.",
            "que el ejercicio se celebrará en mayo",
            "indicado",
            "Fuentes del Ministerio de Defensa",
        ),
        # An office agencies name people by is a title (it TITLES).
        (
            "it",
            "La situazione è sotto controllo, ha affermato il prefetto di Roma Lamberto Giannini.",
            "La situazione è sotto controllo",
            "ha affermato",
            "il prefetto di Roma Lamberto Giannini",
        ),
    ],
)
def test_agency_sources_in_language_data(lang: str, text: str, content: str, cue: str, speaker: str) -> None:
    assert _has(text, lang, content, cue, speaker), _found(text, lang)


@pytest.mark.parametrize(
    ("lang", "text", "content", "cue", "speaker"),
    [
        # A phrase saying whom or where it was said to stands between an inverted cue and its speaker.
        (
            "pl",
            "Sytuacja na granicy jest stabilna – podkreślił w rozmowie z PAP rzecznik Straży Granicznej Andrzej "
            "Juźwiak.",
            "Sytuacja na granicy jest stabilna",
            "podkreślił",
            "rzecznik Straży Granicznej Andrzej Juźwiak",
        ),
        (
            "es",
            "El acuerdo está muy cerca, ha dicho en declaraciones a EFE el alcalde de Valencia, Joan Ribó.",
            "El acuerdo está muy cerca",
            "ha dicho",
            "el alcalde de Valencia, Joan Ribó",
        ),
        (
            "it",
            "«Siamo molto preoccupati», ha detto all'ANSA il sindaco di Milano Giuseppe Sala.",
            "Siamo molto preoccupati",
            "ha detto",
            "il sindaco di Milano Giuseppe Sala",
        ),
        (
            "fr",
            "« Nous ne céderons pas », a déclaré à l'AFP le maire de Marseille Benoît Payan.",
            "Nous ne céderons pas",
            "a déclaré",
            "le maire de Marseille Benoît Payan",
        ),
        # Words after the inverted speaker that only say where are no claim ("am Rande des Treffens").
        (
            "de",
            "Die Lage sei ernst, betonte Verteidigungsminister Boris Pistorius am Rande des Treffens.",
            "Die Lage sei ernst",
            "betonte",
            "Verteidigungsminister Boris Pistorius",
        ),
    ],
)
def test_inverted_speaker_past_an_aside(lang: str, text: str, content: str, cue: str, speaker: str) -> None:
    assert _has(text, lang, content, cue, speaker), _found(text, lang)


def test_an_adverbial_tail_with_a_clause_of_its_own_is_no_aside() -> None:
    # "…, where he …": a relative clause after the speaker says more than where; the old reading stays.
    text = "Die Lage sei ernst, betonte Boris Pistorius in Berlin, wo er die Truppe besuchte."
    assert not any(s == "Boris Pistorius" for _c, _q, s, _l in _found(text, "de"))


@pytest.mark.parametrize(
    ("lang", "text", "label"),
    [
        ("es", "El Gobierno no cederá, ha dicho el portavoz de Pedro Sánchez, Juan López.", "Juan López"),
        ("es", "«No cederemos», dijo el portavoz de Pedro Sánchez, Juan López.", "Juan López"),
        ("en", "The government will not back down, said a spokesman for Joe Biden, Andrew Bates.", "Andrew Bates"),
    ],
)
def test_a_person_owning_the_title_is_not_its_holder(lang: str, text: str, label: str) -> None:
    # The person after "de"/"for" is whose spokesman it is; the name in apposition holds the title.
    assert [found[3] for found in _found(text, lang)] == [label]


@pytest.mark.parametrize(
    ("lang", "text", "content", "cue", "speaker"),
    [
        # A cue with a word pointing back attributes the sentence before (ANAPHORIC_SOURCES).
        (
            "ru",
            "Переговоры возобновятся в следующий вторник. Об этом сообщил журналистам пресс-секретарь президента "
            "Дмитрий Песков.",
            "Переговоры возобновятся в следующий вторник",
            "сообщил",
            "пресс-секретарь президента Дмитрий Песков",
        ),
        (
            "uk",
            "Ворог атакував Харків дронами. Про це повідомив начальник Харківської ОВА Олег Синєгубов.",
            "Ворог атакував Харків дронами",
            "повідомив",
            "начальник Харківської ОВА Олег Синєгубов",
        ),
        (
            "pl",
            "Ambasador Rosji został wezwany do MSZ. Poinformował o tym rzecznik resortu Paweł Wroński.",
            "Ambasador Rosji został wezwany do MSZ",
            "Poinformował",
            "rzecznik resortu Paweł Wroński",
        ),
        (
            "cs",
            "Vláda schválila rozpočet na příští rok. Informoval o tom mluvčí vlády Václav Smolka.",
            "Vláda schválila rozpočet na příští rok",
            "Informoval",
            "mluvčí vlády Václav Smolka",
        ),
        (
            "it",
            "Il decreto sarà approvato entro venerdì. Lo ha annunciato il ministro dell'Economia Giancarlo Giorgetti.",
            "Il decreto sarà approvato entro venerdì",
            "ha annunciato",
            "il ministro dell'Economia Giancarlo Giorgetti",
        ),
        (
            "de",
            "Die Bundesregierung werde die Hilfen verlängern. Das sagte Kanzler Friedrich Merz am Montag in Berlin.",
            "Die Bundesregierung werde die Hilfen verlängern",
            "sagte",
            "Kanzler Friedrich Merz",
        ),
        (
            "es",
            "El Gobierno aprobará el decreto el martes. Así lo ha afirmado el ministro de Economía, Carlos Cuerpo.",
            "El Gobierno aprobará el decreto el martes",
            "afirmado",
            "el ministro de Economía, Carlos Cuerpo",
        ),
    ],
)
def test_a_sentence_pointing_back_attributes_the_one_before(
    lang: str, text: str, content: str, cue: str, speaker: str
) -> None:
    assert _has(text, lang, content, cue, speaker), _found(text, lang)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("de", "Die Preise sind gestiegen. Das ist ein Problem für viele Familien."),
        # the pointing word is the object of a claim of its own, no attribution of the sentence before
        ("de", "Die Preise sind gestiegen. Das sagte ich schon im Mai, und niemand wollte es hören."),
        ("pl", "Ceny wzrosły. O tym mówi się od miesięcy w całym kraju."),
    ],
)
def test_a_pointing_word_without_a_speaker_attributes_nothing(lang: str, text: str) -> None:
    assert not any(c.startswith(text.split(".")[0]) for c, _q, _s, _l in _found(text, lang)), _found(text, lang)


@pytest.mark.parametrize(
    ("lang", "text", "content", "cue", "speaker"),
    [
        # A subject with a name in apposition keeps it before an auxiliary ("…, Pilar Alegría, ha señalado").
        (
            "es",
            "La ministra portavoz, Pilar Alegría, ha señalado que el Ejecutivo estudiará la propuesta.",
            "que el Ejecutivo estudiará la propuesta",
            "señalado",
            "Pilar Alegría",
        ),
        # An adjective in an oblique case before the source's head ("policejního mluvčího").
        (
            "cs",
            "Podle policejního mluvčího Jana Daňka při nehodě nikdo nezemřel.",
            "při nehodě nikdo nezemřel",
            "Podle",
            "policejního mluvčího Jana Daňka",
        ),
        # An institution's head noun in the genitive, and its acronym, are no part of the claim.
        (
            "cs",
            "Podle Českého hydrometeorologického ústavu (ČHMÚ) by hladina Odry měla v Ostravě kulminovat ve středu.",
            "by hladina Odry měla v Ostravě kulminovat ve středu",
            "Podle",
            "Českého hydrometeorologického ústavu",
        ),
    ],
)
def test_source_phrases_in_declining_and_compound_forms(
    lang: str, text: str, content: str, cue: str, speaker: str
) -> None:
    assert _has(text, lang, content, cue, speaker), _found(text, lang)


def test_an_english_acronym_after_the_source_stays_out_of_its_label() -> None:
    text = "According to the World Health Organization (WHO), the outbreak is over."
    assert _found(text, "en") == [
        ("the outbreak is over", "According to", "the World Health Organization", "World Health Organization")
    ]


@pytest.mark.parametrize(
    ("lang", "text", "cue", "speaker"),
    [
        (
            "ru",
            "Встреча пройдет в Стамбуле, передает ТАСС со ссылкой на источник в МИД.",
            "со ссылкой на",
            "источник в МИД",
        ),
        (
            "uk",
            "Зустріч відбудеться у Стамбулі, повідомляє Укрінформ з посиланням на джерело в МЗС.",
            "з посиланням на",
            "джерело в МЗС",
        ),
    ],
)
def test_a_medium_passing_on_a_source(lang: str, text: str, cue: str, speaker: str) -> None:
    # The claim is the clause before the medium's comma (it was the whole sentence); the cited source speaks.
    claim = text.split(",")[0]
    assert [(c, q, s) for c, q, s, _l in _found(text, lang)] == [(claim, cue, speaker)]


@pytest.mark.parametrize(
    ("lang", "text", "content", "cue", "label"),
    [
        # "Jak dodał, …": the verb's subject is the person last named (pl SOURCE_FIRST verbs).
        (
            "pl",
            "Minister finansów Andrzej Domański przedstawił projekt budżetu. Jak dodał, deficyt nie przekroczy 6 "
            "procent PKB.",
            "deficyt nie przekroczy 6 procent PKB",
            "Jak dodał",
            "Andrzej Domański",
        ),
        # A time adverbial with a demonstrative before the aside ("este lunes en rueda de prensa"); the
        # auxiliary "ha" was the speaker.
        (
            "es",
            "«Es inaceptable», ha afirmado este lunes en rueda de prensa la portavoz del Gobierno, Pilar Alegría.",
            "Es inaceptable",
            "afirmado",
            "Pilar Alegría",
        ),
        # An indefinite source after "nach Angaben" (de SOURCE_FIRST).
        (
            "de",
            "Nach Angaben eines Sprechers des Innenministeriums wurden drei Menschen festgenommen.",
            "wurden drei Menschen festgenommen",
            "Nach Angaben eines",
            "Sprechers des Innenministeriums",
        ),
    ],
)
def test_agency_sources_by_label(lang: str, text: str, content: str, cue: str, label: str) -> None:
    assert any(c == content and q == cue and lb == label for c, q, _s, lb in _found(text, lang)), _found(text, lang)


@pytest.mark.parametrize(
    ("lang", "text", "label"),
    [
        (
            "uk",
            "Президент Володимир Зеленський провів зустріч з Еммануелем Макроном. Він наголосив, що Україна потребує "
            "систем ППО.",
            "Володимир Зеленський",
        ),
        (
            "fr",
            "Le Premier ministre François Bayrou a reçu Emmanuel Macron à Matignon. Il a ajouté que la réforme serait "
            "votée.",
            "François Bayrou",
        ),
        (
            "en",
            "Prime Minister Keir Starmer met Donald Trump on Monday. He said that the talks were useful.",
            "Keir Starmer",
        ),
    ],
)
def test_a_sentence_opening_pronoun_goes_on_with_the_previous_subject(lang: str, text: str, label: str) -> None:
    # Before, the last person of the pronoun's gender was taken: the object of the sentence before.
    assert [found[3] for found in _found(text, lang)] == [label]


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        (
            "ru",
            "Песков назвал эти заявления «абсолютно безответственными» и заявил, что Кремль их не принимает.",
            [
                ("эти заявления «абсолютно безответственными»", "назвал", "Песков"),
                ("что Кремль их не принимает", "заявил", "Песков"),
            ],
        ),
        (
            "en",
            "Peskov called the statements “absolutely irresponsible” and said that the Kremlin rejects them.",
            [
                ("the statements “absolutely irresponsible”", "called", "Peskov"),
                ("that the Kremlin rejects them", "said", "Peskov"),
            ],
        ),
    ],
)
def test_a_partial_quote_before_a_conjoined_cue(lang: str, text: str, expected: list[tuple[str, str, str]]) -> None:
    # Before: the conjoined cue took the partial quote with "и" as its speaker, and the first cue took the
    # second claim (ru); the second claim was not found at all (en).
    assert sorted((c, q, s) for c, q, s, _l in _found(text, lang)) == sorted(expected)


@pytest.mark.parametrize(
    ("lang", "text", "content", "cue", "speaker"),
    [
        # Ukrainian masculine past "розповів" is a cue (only "розповіла"/"розповіли" were), past an aside.
        (
            "uk",
            "«Ситуація складна», — розповів в ефірі телемарафону міністр енергетики Герман Галущенко.",
            "Ситуація складна",
            "розповів",
            "міністр енергетики Герман Галущенко",
        ),
        # Italian articulated prepositions open an aside ("ai giornalisti").
        (
            "it",
            "«Non ci sono le condizioni», ha dichiarato ai giornalisti il vicepremier Matteo Salvini.",
            "Non ci sono le condizioni",
            "ha dichiarato",
            "il vicepremier Matteo Salvini",
        ),
        # French "a réagi" quotes a reaction.
        (
            "fr",
            "« C'est inacceptable », a réagi sur X le président du RN Jordan Bardella.",
            "C'est inacceptable",
            "a réagi",
            "le président du RN Jordan Bardella",
        ),
        # A prepositional phrase between the opening subject and its cue.
        (
            "cs",
            "Premiér Petr Fiala na tiskové konferenci řekl, že vláda daně nezvýší.",
            "že vláda daně nezvýší",
            "řekl",
            "Premiér Petr Fiala",
        ),
    ],
)
def test_more_agency_cues_and_asides(lang: str, text: str, content: str, cue: str, speaker: str) -> None:
    assert _has(text, lang, content, cue, speaker), _found(text, lang)


def test_a_reaction_verb_without_a_quote_reports_nothing() -> None:
    # "a réagi à l'attaque" reacts; only a quotation or a "que" clause makes it speech.
    text = "Le ministre de l'Intérieur a réagi à l'attaque dans la soirée de lundi."
    assert _found(text, "fr") == []
