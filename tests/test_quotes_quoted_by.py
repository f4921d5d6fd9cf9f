"""X, quoted by Y, said: X speaking, the medium Y only carried the words.

Bulgarian "…, каза премиерът Бойко Борисов, цитиран от БТА" gave the quotation to БТА (the medium quoting the prime
minister): "цитиран от" was read as a source construction ("according to") naming its source after it, and the
postposed cue before it lost its speaker. The same shape exists in every language ("citado por", "cité par", "citato
da", "cytowany przez", "zitiert von", "quoted by", "цитирует ТАСС", "цитує", "ki ga citira", "citovaný"). The speaker
is now the person (or body) the words are attributed to, and the medium is kept as `speaker_via` (QUOTED_BY in
langs/<iso>/quotes.py). The texts are written by the team in the shapes helper JOINT's audit (session 18) found over
SlavicNER, CL-TLS and SemEval-8 news.
"""

from __future__ import annotations

import pytest

from storyline.model import Article
from storyline.pipeline import default_pipeline


def _quote(text: str, lang: str, content: str) -> tuple[str | None, str | None]:
    """(speaker words, `speaker_via` words) of the one quotation whose content starts with `content`."""
    article = Article(text=text, language=lang)
    for st in default_pipeline().stages:
        if st.name in ("sentences", "mentions", "quotes"):
            st.func(article)
    found = [q for q in article.spans("quote") if text[q.start : q.end].lstrip('"«„“ ').startswith(content)]
    assert len(found) == 1, [(text[q.start : q.end], q.attrs.get("speaker")) for q in article.spans("quote")]
    attrs = found[0].attrs
    speaker, via = attrs.get("speaker"), attrs.get("speaker_via")
    return (text[speaker[0] : speaker[1]] if speaker else None, text[via[0] : via[1]] if via else None)


@pytest.mark.parametrize(
    ("lang", "text", "content", "speaker", "via"),
    [
        # reported speech, the inverted speaker then the medium quoting them
        (
            "bg",
            "Тереза Мей ще трябва да направи отстъпки, каза премиерът Бойко Борисов, цитиран от БТА.",
            "Тереза Мей ще трябва",
            "премиерът Бойко Борисов",
            "БТА",
        ),
        # two media quoting one person
        (
            "bg",
            "Сделката е справедлива и балансирана, каза Барние, цитиран от Ройтерс и БТА.",
            "Сделката е справедлива",
            "Барние",
            "Ройтерс и БТА",
        ),
        # an agency relayed by another: the first one is the source
        (
            "bg",
            "Всички споразумения трябва да са съвместими с правилата на съюза, предаде Асошиейтед прес, цитирана от "
            "БТА.",
            "Всички споразумения",
            "Асошиейтед прес",
            "БТА",
        ),
        # a speaker phrase the inverted reading does not take, up to the comma before the medium
        (
            "bg",
            "Франция е готова да приеме пакистанката Асия Биби, ако тя поиска това, заяви френското външно "
            "министерство, цитирано от Франс прес.",
            "Франция е готова",
            "френското външно министерство",
            "Франс прес",
        ),
        # the speaker's cue taken by a word in marks inside the claim; two media, one named in marks
        (
            "bg",
            'Италия действа "дискретно" в помощ на Асия Биби, заяви вчера италианският вътрешен министър Матео '
            "Салвини, цитиран от световните агенции.",
            "Италия действа",
            "италианският вътрешен министър Матео Салвини",
            "световните агенции",
        ),
        (
            "bg",
            'В Европейския съюз има неща, които са трудно защитими, признава Тони Блеър, цитиран от Daily Express и "Фокус".',
            "В Европейския съюз",
            "Тони Блеър",
            'Daily Express и "Фокус"',
        ),
        # a plural cue whose speaker after it is no claim
        (
            "bg",
            "Преговорите за преходния период може да се окажат по-сложни, тъй като залозите са много големи, смятат "
            "наблюдатели, цитирани от АФП.",
            "Преговорите за",
            "наблюдатели",
            "АФП",
        ),
        # the medium set off between the cue and its claim
        (
            "bg",
            "Междувременно външният министър на Великобритания Борис Джонсън заяви, цитиран от АФП, че Обединеното "
            "кралство трябва да напусне митническия съюз след Брекзит.",
            "че Обединеното",
            "външният министър на Великобритания Борис Джонсън",
            "АФП",
        ),
        (
            "es",
            "El ministro Ahmed Abul Gheit advirtió, citado por la agencia MENA, que las fuerzas armadas intervendrán "
            "para controlar el país.",
            "que las fuerzas",
            "El ministro Ahmed Abul Gheit",
            "la agencia MENA",
        ),
        # a pointer sentence: the sentence before is the claim
        (
            "bg",
            "Великобритания е много близо до договаряне на подробностите за периода. Това заяви министърът на "
            'външните работи Робин Уолкър, цитиран от "Ройтерс".',
            "Великобритания е",
            "министърът на външните работи Робин Уолкър",
            '"Ройтерс"',
        ),
        # a direct quotation
        (
            "bg",
            '"Тереза Мей ще трябва да направи отстъпки", каза премиерът Бойко Борисов, цитиран от БТА.',
            "Тереза Мей ще трябва",
            "премиерът Бойко Борисов",
            "БТА",
        ),
        # the medium's name in marks after the quoting words is no quotation; the cue after it has its speaker
        (
            "bg",
            'В черновата на документа, цитирана от "Ройтерс", правителството казва: "Великобритания вярва, че '
            'продължителността трябва да бъде определена от това".',
            "Великобритания вярва",
            "правителството",
            None,
        ),
        (
            "pl",
            "Musimy wspierać Ukrainę, dostarczając więcej broni - powiedziała dziennikarzom Truss, cytowana przez "
            "agencję Reutersa.",
            "Musimy wspierać",
            "Truss",
            "agencję Reutersa",
        ),
        # the quoting words open the sentence, the speaker is the verb's subject after the medium
        (
            "pl",
            'Cytowany przez "Guardiana" wysoki rangą urzędnik z Norwegii stwierdził, że Norwegowie przyglądają się '
            "temu bardzo uważnie.",
            "że Norwegowie",
            "wysoki rangą urzędnik z Norwegii",
            '"Guardiana"',
        ),
        (
            "es",
            "Sólo aceptaremos que se vaya el presidente, declaró el diputado independiente Ahmed Hashid, citado por "
            "la agencia Reuters.",
            "Sólo aceptaremos",
            "el diputado independiente Ahmed Hashid",
            "la agencia Reuters",
        ),
        # the medium set off between the subject and its verb
        (
            "es",
            "Un alto funcionario, citado por Reuters, ha asegurado que Awlaki era el jefe de operaciones externas.",
            "que Awlaki",
            "Un alto funcionario",
            "Reuters",
        ),
        (
            "fr",
            "L'Otan n'envisage aucune action en Egypte, a annoncé le général Philip Breedlove, cité par les médias "
            "européens.",
            "L'Otan n'envisage",
            "le général Philip Breedlove",
            "les médias européens",
        ),
        (
            "it",
            "Non ci sono state vittime tra i civili, ha dichiarato Mustafa Abdel Jalil, citato da Al Jazeera.",
            "Non ci sono",
            "Mustafa Abdel Jalil",
            "Al Jazeera",
        ),
        (
            "it",
            "«Non ci sono vittime tra i civili», ha dichiarato Mustafa Abdel Jalil, citato da Al Jazeera.",
            "Non ci sono",
            "Mustafa Abdel Jalil",
            "Al Jazeera",
        ),
        (
            "de",
            "„Die Lage ist sehr ernst“, sagte der Minister Heiko Maas, zitiert von der Agentur Reuters.",
            "Die Lage",
            "der Minister Heiko Maas",
            "der Agentur Reuters",
        ),
        (
            "en",
            "The deal is fair and balanced, Michel Barnier said, quoted by Reuters.",
            "The deal is fair",
            "Michel Barnier",
            "Reuters",
        ),
        # a quoting verb after the speaker's own cue: the verb's medium carried the words
        (
            "ru",
            '"Переговоры зашли в тупик", - заявил министр Сергей Лавров, цитирует ТАСС.',
            "Переговоры зашли",
            "министр Сергей Лавров",
            "ТАСС",
        ),
        (
            "ru",
            "Переговоры зашли в тупик, заявил министр Сергей Лавров, которого цитирует ТАСС.",
            "Переговоры зашли",
            "министр Сергей Лавров",
            "ТАСС",
        ),
        (
            "uk",
            "Ми не підемо на поступки, заявив прем'єр Денис Шмигаль, цитує Укрінформ.",
            "Ми не підемо",
            "прем'єр Денис Шмигаль",
            "Укрінформ",
        ),
        (
            "sl",
            "Dogovor je pravičen in uravnotežen, je dejal Michel Barnier, ki ga citira Reuters.",
            "Dogovor je",
            "Michel Barnier",
            "Reuters",
        ),
        (
            "cs",
            "Dohoda je spravedlivá a vyvážená, řekl Michel Barnier citovaný agenturou Reuters.",
            "Dohoda je",
            "Michel Barnier",
            "agenturou Reuters",
        ),
    ],
)
def test_the_person_quoted_speaks_the_medium_carries(
    lang: str, text: str, content: str, speaker: str, via: str
) -> None:
    assert _quote(text, lang, content) == (speaker, via)


@pytest.mark.parametrize(
    ("lang", "text", "content", "speaker"),
    [
        # "expressed concern to Putin, quotes the White House statement AFP": the words after the cue are its object
        (
            "ru",
            "Байден также выразил Путину озабоченность отравлением Навального, цитирует заявление Белого дома агентство "
            "Франс пресс.",
            "Путину озабоченность",
            "Байден",
        ),
        # the person quoted named after a verb of quoting (QUOTING_CUES), the medium after them: unchanged
        ("ru", '"Переговоры зашли в тупик", - цитирует Лаврова ТАСС.', "Переговоры зашли", "Лаврова"),
        # a source construction with no "quoted by": unchanged
        (
            "es",
            "Según la agencia Reuters, el presidente aceptará un plan de transición antes de fin de año.",
            "el presidente",
            "la agencia Reuters",
        ),
    ],
)
def test_other_sources_unchanged(lang: str, text: str, content: str, speaker: str) -> None:
    assert _quote(text, lang, content)[0] == speaker
