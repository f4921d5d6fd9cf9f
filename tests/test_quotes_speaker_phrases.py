"""Speaker phrases after a cue keep what they name: "sources close to the mediation", not "… close to the"."""

from __future__ import annotations

import pytest
from quote_rows import quote_rows

from storyline.quotes import find_quotes, simple_sentences


def _speakers(text: str, lang: str) -> list[tuple[str, str]]:
    """(cue words, speaker words) of each quotation found in `text`."""
    found = []
    for quote in find_quotes(text, lang, simple_sentences(text)):
        span = quote.span()
        cue, speaker = span.attrs["cue"], span.attrs.get("speaker")
        found.append((text[cue[0] : cue[1]], text[speaker[0] : speaker[1]] if speaker else ""))
    return found


@pytest.mark.parametrize(
    ("lang", "text", "cue", "speaker"),
    [
        (
            "en",
            "The delegations reached a deal in Vienna on Tuesday, according to sources close to the mediation.",
            "according to",
            "sources close to the mediation",
        ),
        (
            "en",
            "According to officials in the ministry, the talks will resume in May.",
            "According to",
            "officials in the ministry",
        ),
        ("en", "“We are ready to sign,” said a spokesman for the ministry.", "said", "a spokesman for the ministry"),
        (
            "fr",
            "Les délégations sont parvenues à un accord mardi à Vienne, selon des sources proches de la médiation.",
            "selon",
            "des sources proches de la médiation",
        ),
        (
            "es",
            "Las delegaciones alcanzaron un principio de acuerdo en Viena, según informaron fuentes de la mediación.",
            "según informaron",
            "fuentes de la mediación",
        ),
        (
            "es",
            "Según fuentes del ministerio, el acuerdo para el corredor está muy cerca.",
            "Según",
            "fuentes del ministerio",
        ),
    ],
)
def test_source_phrase_keeps_its_complement(lang: str, text: str, cue: str, speaker: str) -> None:
    assert (cue, speaker) in _speakers(text, lang)


def test_initial_inside_a_name_is_no_dangling_article() -> None:
    text = "“We were not very happy when it was first announced,” said Jock A. Finlayson of the business council."
    assert any(speaker.startswith("Jock A") for _cue, speaker in _speakers(text, "en"))


@pytest.mark.parametrize(
    ("lang", "text", "speaker"),
    [
        ("de", "„Wir haben nichts zu verbergen“, sagte R. Kelly am Montag vor dem Gericht.", "R. Kelly"),
        (
            "es",
            "«No hubo ninguna baja entre los nuestros», dijo William H. McRaven, jefe del comando.",
            "William H. McRaven",
        ),
        (
            "it",
            "«Non ci sono state vittime tra i nostri», ha detto il direttore James B. Comey.",
            "il direttore James B. Comey",
        ),
        ("pl", "„Nie mamy nic do ukrycia” – powiedział J. Lundgren, prezes spółki.", "J. Lundgren"),
        ("cs", "„Nemáme co skrývat,“ řekl D. Novák, mluvčí ministerstva.", "D. Novák"),
        ("sl", "»Ničesar nimamo skrivati,« je dejal Jože P. Damijan.", "Jože P. Damijan"),
    ],
)
def test_a_first_name_initial_stays_with_the_surname(lang: str, text: str, speaker: str) -> None:
    # "dijo William H. McRaven": the initial's dot ended the speaker at "William H" (NAME_INITIALS)
    assert [q["speaker"] for q in quote_rows(text, lang)] == [speaker]


def test_a_complement_names_a_place_or_body_not_an_addressee() -> None:
    # "officials to reporters": a bare noun after the preposition is whom they told, not who they are.
    assert ("said", "officials") in _speakers("The rally will go ahead as planned, said officials to reporters.", "en")


@pytest.mark.parametrize(
    ("text", "cue", "speaker", "content"),
    [
        (
            "Die Delegationen haben sich am Dienstag in Wien geeinigt, wie ein Sprecher des Ministeriums mitteilte.",
            "mitteilte",
            "ein Sprecher des Ministeriums",
            "Die Delegationen haben sich am Dienstag in Wien geeinigt",
        ),
        (
            "Wie Kanzler Weber am Montag sagte, wird die Regierung den Plan genau prüfen.",
            "sagte",
            "Kanzler Weber",
            "wird die Regierung den Plan genau prüfen",
        ),
        (
            "Die Gespräche in Wien seien konstruktiv gewesen, so ein Sprecher des Ministeriums.",
            "so",
            "ein Sprecher des Ministeriums",
            "Die Gespräche in Wien seien konstruktiv gewesen",
        ),
        (
            "Die Regierung werde den Plan genau prüfen, teilte das Ministerium am Montag mit.",
            "teilte",
            "das Ministerium",
            "Die Regierung werde den Plan genau prüfen",
        ),
        (
            "Die Delegationen haben sich in Wien geeinigt, wie Quellen aus Regierungskreisen berichteten.",
            "berichteten",
            "Quellen aus Regierungskreisen",
            "Die Delegationen haben sich in Wien geeinigt",
        ),
    ],
)
def test_german_verb_final_and_verbless_sources(text: str, cue: str, speaker: str, content: str) -> None:
    found = [
        (
            text[s.attrs["cue"][0] : s.attrs["cue"][1]],
            text[s.attrs["speaker"][0] : s.attrs["speaker"][1]],
            text[s.start : s.end],
        )
        for s in (q.span() for q in find_quotes(text, "de", simple_sentences(text)))
        if s.attrs.get("speaker")
    ]
    assert (cue, speaker, content) in found


@pytest.mark.parametrize(
    "text",
    [
        "Der Plan sei gescheitert, wie bereits berichtet.",  # no source between "wie" and the verb
        "Die Preise stiegen so stark wie nie zuvor, so dass viele Familien sparen müssen.",
        "Die Regierung teilte das Land in zwei Zonen auf.",  # a separable verb with another particle
    ],
)
def test_german_constructions_without_a_source_are_no_quotes(text: str) -> None:
    assert find_quotes(text, "de", simple_sentences(text)) == []


@pytest.mark.parametrize(
    ("lang", "text", "speaker"),
    [
        (
            "pl",
            "Rzecznik ministerstwa spraw zagranicznych poinformował, że rozmowy zostaną wznowione.",
            "Rzecznik ministerstwa spraw zagranicznych",
        ),
        (
            "cs",
            "Mluvčí ministerstva zahraničí uvedl, že jednání bude v pondělí pokračovat.",
            "Mluvčí ministerstva zahraničí",
        ),
        (
            "uk",
            "Речник міністерства закордонних справ заявив, що переговори відновляться.",
            "Речник міністерства закордонних справ",
        ),
        (
            "ru",
            "Переговоры возобновятся в понедельник, заявил представитель министерства.",
            "представитель министерства",
        ),
        ("pl", "Rozmowy zostaną wznowione w poniedziałek, przekazał rzecznik resortu.", "rzecznik resortu"),
        ("cs", "Podle mluvčího ministerstva bude jednání pokračovat v pondělí.", "mluvčího ministerstva"),
    ],
)
def test_slavic_source_keeps_its_genitive_complement(lang: str, text: str, speaker: str) -> None:
    assert speaker in [s for _cue, s in _speakers(text, lang)]


def test_a_genitive_complement_is_no_part_of_the_claim() -> None:
    text = "Podle mluvčího ministerstva bude jednání pokračovat v pondělí."
    (quote,) = find_quotes(text, "cs", simple_sentences(text))
    assert text[quote.start : quote.end] == "bude jednání pokračovat v pondělí"


def test_a_genitive_walk_stops_at_a_conjunction() -> None:
    # "z rzecznikiem ministerstwa i powiedział": the conjoined verb's subject is the sentence's, not the object.
    text = "W piątek premier spotkał się z rzecznikiem ministerstwa i powiedział, że rozmowy zostaną wznowione."
    assert ("powiedział", "premier") in _speakers(text, "pl")


def test_an_opening_source_keeps_its_complement_before_the_cue() -> None:
    text = "Źródła zbliżone do rozmów twierdzą, że porozumienie jest blisko."
    assert ("twierdzą", "Źródła zbliżone do rozmów") in _speakers(text, "pl")


def _attributions(text: str, lang: str) -> list[tuple[str, str | None, str]]:
    """(cue words, speaker label, claim) of each quotation the full pipeline finds in `text`."""
    from storyline.model import Article
    from storyline.pipeline import default_pipeline

    article = default_pipeline()(Article(text=text, language=lang))
    return [
        (text[q.attrs["cue"][0] : q.attrs["cue"][1]], q.attrs.get("speaker_label"), text[q.start : q.end])
        for q in article.spans("quote")
    ]


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        (
            "fr",
            "Le ministre Pierre Martin a rencontré les délégués. Les négociations reprendront lundi, a-t-il précisé.",
            ("a-t-il précisé", "Pierre Martin", "Les négociations reprendront lundi"),
        ),
        (
            "fr",
            "Le ministre Pierre Martin a rencontré les délégués. Les négociations reprendront lundi, précise-t-il.",
            ("précise-t-il", "Pierre Martin", "Les négociations reprendront lundi"),
        ),
        (
            "fr",
            "Les délégations se sont entendues mardi à Vienne, a-t-on appris de source diplomatique.",
            ("a-t-on appris", "source diplomatique", "Les délégations se sont entendues mardi à Vienne"),
        ),
        (
            "de",
            "Die Gespräche in Wien seien konstruktiv gewesen, hieß es aus Regierungskreisen.",
            ("hieß es", "Regierungskreise", "Die Gespräche in Wien seien konstruktiv gewesen"),
        ),
        (
            "de",
            "Die Gespräche in Wien seien konstruktiv gewesen, hieß es am Montag.",
            ("hieß es", None, "Die Gespräche in Wien seien konstruktiv gewesen"),
        ),
        (
            "uk",
            "Делегації домовилися у вівторок у Відні, як повідомили джерела, близькі до посередників.",
            ("як повідомили", "джерела, близькі до посередників", "Делегації домовилися у вівторок у Відні"),
        ),
    ],
)
def test_postposed_sources_in_french_german_and_ukrainian(
    lang: str, text: str, expected: tuple[str, str | None, str]
) -> None:
    assert expected in _attributions(text, lang)


def test_a_parenthetical_source_inside_the_claim_stays_a_parenthesis() -> None:
    text = "Майкл Харлан, по данным источников, провёл встречу с делегацией."
    assert any(claim == text.rstrip(".") for _cue, _speaker, claim in _attributions(text, "ru"))


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        (
            "pl",
            "Rozmowy zostaną wznowione w poniedziałek, dowiedziała się „Rzeczpospolita”.",
            ("dowiedziała się", "Rzeczpospolita", "Rozmowy zostaną wznowione w poniedziałek"),
        ),
        (
            "uk",
            "Переговори відновляться в понеділок, пише «Українська правда».",
            ("пише", "Українська правда", "Переговори відновляться в понеділок"),
        ),
        (
            "de",
            "Die Gespräche werden am Montag fortgesetzt, berichtet die „Süddeutsche Zeitung“.",
            ("berichtet", "Süddeutsche Zeitung", "Die Gespräche werden am Montag fortgesetzt"),
        ),
        (
            "it",
            "Secondo quanto riferito da fonti diplomatiche, i negoziati riprenderanno lunedì.",
            ("Secondo quanto riferito da", "fonti diplomatiche", "i negoziati riprenderanno lunedì"),
        ),
        (
            "it",
            "I negoziati riprenderanno lunedì, fanno sapere dal ministero degli Esteri.",
            ("fanno sapere", "ministero degli Esteri", "I negoziati riprenderanno lunedì"),
        ),
    ],
)
def test_media_titles_and_source_constructions(lang: str, text: str, expected: tuple[str, str, str]) -> None:
    assert expected in [(cue, speaker, claim) for cue, speaker, claim in _attributions(text, lang)]


def test_a_short_quote_after_a_named_speaker_stays_speech() -> None:
    found = _attributions("Asked about the deal, Trump said “No way”.", "en")
    assert ("said", "Trump", "No way") in found


def test_spanish_dialogue_dashes_set_close() -> None:
    text = "—Estamos listos para firmar —dijo el ministro Pablo García.\n\nLas conversaciones siguen."
    found = _attributions(text, "es")
    assert ("dijo", "Pablo García", "Estamos listos para firmar") in found


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        ("ru", "В МИД России заявили, что переговоры продолжатся на следующей неделе.", ("заявили", "МИД России")),
        ("uk", "У МЗС України заявили, що переговори триватимуть наступного тижня.", ("заявили", "МЗС України")),
        ("pl", "W MSZ poinformowano, że rozmowy będą kontynuowane w przyszłym tygodniu.", ("poinformowano", "MSZ")),
        ("cs", "Na ministerstvu uvedli, že jednání budou pokračovat příští týden.", ("uvedli", "ministerstvu")),
        # a place before a named subject is no part of it
        ("ru", "В Москве Путин заявил, что переговоры продолжатся на следующей неделе.", ("заявил", "Путин")),
    ],
)
def test_an_opening_place_names_the_institution_of_a_subjectless_cue(
    lang: str, text: str, expected: tuple[str, str]
) -> None:
    assert expected in [(cue, speaker) for cue, speaker, _claim in _attributions(text, lang)]


def test_a_bare_title_is_its_holder_of_the_same_form() -> None:
    # "l'inviata" is the woman named with that title, not the man named last as "l'inviato"
    text = (
        "Lo ha dichiarato l'inviato speciale Michael Harlan, che insieme all'inviata dell'Unione europea Hanna "
        "Lindqvist guida la mediazione. L'inviato russo Arkadij Volkov ha invece sostenuto che le sanzioni sono "
        "il vero ostacolo. Secondo l'inviata europea, un compromesso non è impossibile entro la fine della settimana."
    )
    assert ("Secondo", "Hanna Lindqvist") in [(cue, speaker) for cue, speaker, _claim in _attributions(text, "it")]


def test_an_owner_phrase_takes_what_it_owns() -> None:
    text = "According to Poland's meteorological institute IMGW, the water level in Wrocław may rise further."
    assert ("According to", "Poland's meteorological institute IMGW") in _speakers(text, "en")


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("de", "Der Präsident des Landesbauernverbands Rheinland, Heinrich Kessler, kritisierte das Abkommen."),
        ("fr", "Le président de la FNSEA, Arnaud Rousseau, a critiqué l'accord."),
    ],
)
def test_a_subject_with_its_apposition_is_no_claim(lang: str, text: str) -> None:
    # before: "Der Präsident …, Heinrich Kessler" was the claim of "kritisierte", and "das Abkommen" its speaker
    # (read as "CONTENT, said X")
    for quote in find_quotes(text, lang, simple_sentences(text)):
        span = quote.span()
        assert text[span.start : span.end] != text[: text.index(",", text.index(",") + 1)]
        speaker = span.attrs.get("speaker")
        assert speaker is None or text[speaker[0] : speaker[1]] in ("Heinrich Kessler", "Arnaud Rousseau")
    # an opening adverbial and a comma is no such subject: "said Smith" is a parenthesis inside Smith's claim
    assert _speakers("In the end, Washington, said Smith, will have to decide.", "en") == [("said", "Smith")]


def test_a_postposed_source_after_a_claim_that_holds_a_cue_of_its_own() -> None:
    # nested attributions: the sentence is the mediators' and the sources' claim; before, the source noun was
    # unknown ("mediators") or its complement's noun ("the talks") was read as the whole speaker phrase, so only
    # the inner "agreed"/"proposed" was found
    text = (
        "Ukraine and Russia agreed on Saturday to exchange 250 prisoners of war each, mediators said. "
        "Michael Harlan, the US envoy, proposed that a contingent be drawn from countries outside NATO, "
        "sources close to the talks said."
    )
    found = _speakers(text, "en")
    assert ("said", "mediators") in found
    assert ("said", "sources close to the talks") in found


@pytest.mark.parametrize(
    ("lang", "text", "content"),
    [
        (
            "it",
            "Secondo il presidente dei commercianti del centro, Walter Egger, il Comune dovrebbe prevedere indennizzi.",
            "il Comune dovrebbe prevedere indennizzi",
        ),
        (
            "en",
            "According to the head of the traders' association, Walter Egger, the city should pay compensation.",
            "the city should pay compensation",
        ),
    ],
)
def test_an_opening_source_with_a_name_in_apposition_is_that_person(lang: str, text: str, content: str) -> None:
    # before: the speaker was "il presidente" (resolved to another president) and the claim began with the name
    quotes = [q.span() for q in find_quotes(text, lang, simple_sentences(text))]
    assert [text[q.start : q.end] for q in quotes] == [content]
    speaker = quotes[0].attrs["speaker"]
    assert text[speaker[0] : speaker[1]] == "Walter Egger"


def test_a_name_first_apposition_and_a_stressed_pronoun_keep_the_subject() -> None:
    # "NAME, description, cue object": before, the name and its description were the claim, "l'accord" the speaker
    text = "Jean-Baptiste Lemaire, président de la FDSEA, a dénoncé l'accord conclu à Bruxelles."
    assert _speakers(text, "fr") in ([], [("a dénoncé", "Jean-Baptiste Lemaire")])
    # a stressed pronoun between commas repeats the subject (none was found before); "revendiquer" claims
    text = "La préfecture a recensé 420 tracteurs. Les organisateurs, eux, revendiquent « plus de mille engins »."
    assert _speakers(text, "fr") == [("revendiquent", "Les organisateurs")]
    # claiming a deed is no speech
    assert _speakers("Le groupe a revendiqué l'attentat de Lyon dans un communiqué publié lundi soir.", "fr") == []


@pytest.mark.parametrize(
    ("text", "speaker", "content"),
    [
        ("Według Axiosa rozmowy zostaną wznowione w przyszłym tygodniu.", "Axiosa", "rozmowy zostaną wznowione"),
        ("Według rzecznika MSZ rozmowy zostaną wznowione.", "rzecznika MSZ", "rozmowy zostaną wznowione"),
    ],
)
def test_a_name_closes_an_opening_source_without_a_comma(text: str, speaker: str, content: str) -> None:
    # before: "Axiosa rozmowy" was the source ("-owy" reads as an adjective), and the second found nothing
    quotes = [q.span() for q in find_quotes(text, "pl", simple_sentences(text))]
    assert len(quotes) == 1 and text[quotes[0].start : quotes[0].end].startswith(content)
    found = quotes[0].attrs["speaker"]
    assert text[found[0] : found[1]] == speaker


@pytest.mark.parametrize(
    "text",
    [
        # the demo's Polish article: the EU delegation's spokeswoman is someone new, not the US envoy named before
        # her nor the one named in her claim ("Harlan" five words after "rzeczniczka")
        "Amerykański wysłannik Michael Harlan zaznaczył, że różnica jest duża. Jak poinformowała rzeczniczka"
        " delegacji UE, dzień wcześniej Harlan i Hanna Lindqvist spotkali się osobno z obiema delegacjami.",
    ],
)
def test_a_womans_title_is_no_man_named_near_it(text: str) -> None:
    spans = [q.span() for q in find_quotes(text, "pl", simple_sentences(text))]
    quote = next(s for s in spans if s.attrs.get("speaker") and s.attrs["speaker"][0] > text.index("Harlan") + 6)
    label = quote.attrs.get("speaker_label")
    assert quote.attrs.get("speaker_mention") is None, label
    assert label is not None and label.split()[0] in ("rzeczniczka", "szefowa"), label


def test_a_chief_executive_named_in_apposition_speaks_after_an_inverted_cue() -> None:
    # PolNeAR train 310. Before: "executive" was no title, the phrase stopped at "chief" and no claim was found.
    text = (
        "The steel plant is hanging on, but it is under intense pressure from Asian imports, said the company's "
        "chief executive, John J. Ferriola."
    )
    [(cue, speaker)] = _speakers(text, "en")
    assert (cue, speaker.startswith("the company's chief executive")) == ("said", True)


def test_a_name_in_apposition_before_a_relative_clause_ends_an_inverted_speaker_phrase() -> None:
    # PolNeAR train 347. Before: after "a former spokesman for the ministry" the name and its relative clause
    # were read as a tail of the sentence, and no claim was found.
    text = (
        "He also had a voice in decisions about major American investments in Ukraine, said a former spokesman "
        "for the Foreign Ministry, Oleg Voloshyn, who also worked with him."
    )
    assert _speakers(text, "en") == [("said", "a former spokesman for the Foreign Ministry, Oleg Voloshyn")]
