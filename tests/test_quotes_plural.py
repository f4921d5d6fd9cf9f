"""Who "they" are: a plural verb or pronoun reporting speech stands for a group, never one person named nearby.

Each text is written by the team in the shape of one the PLURAL audit (session 17) found resolved to a single person
or to the source remembered last: a present plural with no subject ("Uważają, że …", "Pravijo, da …"), a plural
pronoun ("Они уверены", "Те заявиха", "Según ellos") after a plural noun phrase, the subject of the sentence before.
"""

from __future__ import annotations

import pytest
from quote_rows import speaker_label as _label


@pytest.mark.parametrize(
    ("lang", "text", "content", "label"),
    [
        # a present plural with no subject after a group's claim: the group, not the premier named before
        (
            "pl",
            "Premier Mateusz Morawiecki spotkał się w poniedziałek z szefową Komisji Europejskiej. Eksperci z Brukseli "
            "ostrzegają, że porozumienie może upaść jeszcze w tym miesiącu. Uważają, że rząd w Warszawie powinien "
            "szybko zmienić ustawę o sądach.",
            "że rząd",
            "Eksperci z Brukseli",
        ),
        # a group named with a campaign's name in quote marks, no quotation found for its claim
        (
            "pl",
            "Szefowa kampanii Gina Miller zaprzeczyła tym doniesieniom. Ludzie biorący udział w kampanii „Best for "
            "Britain” przyznają otwarcie, że na konta wpływały pieniądze od Sorosa. Dodają jednak, że znacznie większe "
            "środki otrzymali od milionów obywateli.",
            "że znacznie większe",
            "Ludzie biorący udział w kampanii „Best for Britain”",
        ),
        # the same in Slovenian ("-jo"), the premier named before
        (
            "sl",
            "Premier Janez Janša je v ponedeljek obiskal Bruselj. Strokovnjaki opozarjajo, da bo okrevanje "
            "gospodarstva trajalo več let. Pravijo, da bo brezposelnost še naraščala do konca leta.",
            "da bo brezposelnost",
            "Strokovnjaki",
        ),
        # a plural pronoun after a group whose name holds a person's ("Сторонники Трампа"): the group
        (
            "ru",
            "Дональд Трамп выступил в Джорджии перед избирателями. Сторонники Трампа утверждают, что выборы были "
            "сфальсифицированы демократами. Они уверены, что суд встанет на их сторону в ближайшие недели.",
            "что суд",
            "Сторонники Трампа",
        ),
        # a plural pronoun after a group's claim that an agency reports: the group, not the agency named last
        (
            "bg",
            "Президентът Ашраф Гани посети провинцията в понеделник. Ислямистите заявиха, че ще продължат атаките "
            "срещу армията, съобщи БТА. Те заявиха още, че няма да преговарят с правителството в Кабул.",
            "че няма да преговарят",
            "Ислямистите",
        ),
        # a present plural after the analysts' claim, a president named before
        (
            "es",
            "El presidente Ali Abdullah Saleh viajó a Riad el sábado. Los analistas consultados creen que las "
            "protestas no terminarán pronto en el país. Advierten que Arabia Saudita no permitirá un regreso de las "
            "protestas en Bahréin.",
            "que Arabia Saudita",
            "analistas consultados",
        ),
    ],
    ids=[
        "pl-present-plural",
        "pl-group-in-marks",
        "sl-present-plural",
        "ru-pronoun-group",
        "bg-pronoun-group-agency",
        "es-present-plural",
    ],
)
def test_a_plural_subject_is_the_group_named_before(lang: str, text: str, content: str, label: str) -> None:
    assert _label(text, lang, content) == label


@pytest.mark.parametrize(
    ("lang", "text", "content"),
    [
        # the sentence before opens with words before a plural verb that is no cue: they need not be its subject
        # (word order is free), so nobody — not the man named before, not the passengers who "felt better"
        (
            "sl",
            "Alexandre de Juniac je povedal, da je tveganje majhno. Potniki so se namreč veliko bolje počutili. "
            "Izpostavljajo, da se zrak v kabini popolnoma obnovi vsake tri minute.",
            "da se zrak",
        ),
        # the same for a pronoun: nobody, not the agency remembered as the last source
        (
            "bg",
            "Президентът Ашраф Гани посети провинцията в понеделник, съобщи БТА. Ислямистите дни наред блокираха "
            "големите градове в Пакистан. Те заявиха, че ще засилят протестите си.",
            "че ще засилят",
        ),
    ],
    ids=["sl-pro-drop", "bg-pronoun"],
)
def test_a_plural_after_a_sentence_with_no_claim_is_nobody(lang: str, text: str, content: str) -> None:
    assert _label(text, lang, content) is None


@pytest.mark.parametrize(
    ("lang", "text", "content"),
    [
        # the sentence before names one man and no group: nobody, not Trump
        (
            "pl",
            "Prezydent Donald Trump nie uznał wyniku wyborów w Pensylwanii i Georgii. Domagają się ponownego "
            "przeliczenia głosów i audytów w sprawie głosowania.",
            "ponownego przeliczenia",
        ),
        # a Czech present plural ("-ají") after a sentence about the premier
        (
            "cs",
            "Premiér Andrej Babiš se v pondělí sešel s prezidentem Francie. Říkají, že dohoda o vystoupení bude "
            "podepsána ještě letos v listopadu.",
            "že dohoda",
        ),
        # a Spanish present plural after a sentence about one man
        (
            "es",
            "El presidente Ali Abdullah Saleh viajó a Riad el sábado por la mañana. Dicen que las protestas no "
            "terminarán pronto en el país.",
            "que las protestas",
        ),
        # a plural verb opening the sentence before: no group named there, so none (not the accusative "Tuska")
        (
            "pl",
            "Wezwali Donalda Tuska, który w tym tygodniu spotyka się z przywódcami UE, aby jeszcze raz przedyskutował "
            "projekt umowy. Dodają, że w tym wszystkim chodzi o zbudowanie nowej Europy.",
            "że w tym wszystkim",
        ),
    ],
    ids=["pl-no-group", "cs-no-group", "es-no-group", "pl-plural-before"],
)
def test_a_plural_subject_with_no_group_before_is_nobody(lang: str, text: str, content: str) -> None:
    assert _label(text, lang, content) is None


def test_two_sources_remembered_at_one_place_do_not_fail() -> None:
    # a speaker phrase resolved twice (by two passes) is remembered twice at one offset; ordering them by offset
    # must not compare the sources themselves
    from storyline.quotes.lexicon import lexicon
    from storyline.quotes.speakers import PersonIndex, Speaker, SpeakerResolver

    text = "Eksperci z Brukseli ostrzegają, że porozumienie może upaść. Uważają, że rząd powinien zmienić ustawę."
    lex = lexicon("pl")
    resolver = SpeakerResolver(text, lex, PersonIndex(text, lex, []))
    for label in ("Eksperci z Brukseli", "eksperci"):
        resolver.sources.append((0, Speaker((0, 19), None, label, "anonymous")))
    assert resolver.plural(text.index("Uważają"), 0).label == "Eksperci z Brukseli"
