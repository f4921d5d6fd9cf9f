"""Time expressions as real news in French, Spanish, Italian, Polish, Russian and Ukrainian writes them.

Each case is shaped on an expression that came out wrong in a hand-read sample of the shared eval
collections (CL-TLS es/fr/it news with their folder dates, SlavicNER pl/ru/uk undated news); the
sentences are our own. Publication day: Thursday 2013-06-27 unless a case says otherwise.
"""

from __future__ import annotations

from datetime import date

import pytest

from storyline.timex import find_time_expressions

THU = date(2013, 6, 27)


def _values(text: str, lang: str, anchor: date | None = THU) -> list[tuple[str, str, str]]:
    return [(e.text, e.type, e.value) for e in find_time_expressions(text, lang, anchor)]


# (language, sentence, expected (words, type, value) of every expression found)
# fmt: off
CASES: list[tuple[str, str, list[tuple[str, str, str]]]] = [
    # a count before a preposition heading an event is a duration, not a shift from the last time named
    ("fr", "Deux ans après sa première venue en Aveyron, la journaliste revient.", [("Deux ans", "DURATION", "P2Y")]),
    ("es", "50 años después del asesinato de Lumumba, el país sigue esperando.", [("50 años", "DURATION", "P50Y")]),
    ("it", "Due anni dopo la guerra la città fu ricostruita.", [("Due anni", "DURATION", "P2Y")]),
    ("en", "The vote was held two days before the election.", [("two days", "DURATION", "P2D")]),
    # ... while the adverb still counts from the time named last
    ("fr", "Le 3 mars, il est parti. Deux jours après, il est revenu.",
     [("3 mars", "DATE", "2013-03-03"), ("Deux jours après", "DATE", "2013-03-05")]),
    ("es", "El 3 de marzo se fue. Dos días después volvió.",
     [("3 de marzo", "DATE", "2013-03-03"), ("Dos días después", "DATE", "2013-03-05")]),
    ("en", "On March 3 he left. Two days after that he came back.",
     [("March 3", "DATE", "2013-03-03"), ("Two days after", "DATE", "2013-03-05")]),
    # a day and month with a modifier after them is that day, on the modifier's side however far
    ("fr", "pour justifier l'attaque du 11 septembre dernier contre l'ambassade.",
     [("11 septembre dernier", "DATE", "2012-09-11")]),
    ("it", "E visto che, il 2 novembre scorso, la redazione ha pubblicato le vignette.",
     [("2 novembre scorso", "DATE", "2012-11-02")]),
    ("es", "El aeropuerto reiniciará operaciones el 15 de junio próximo.", [("15 de junio próximo", "DATE", "2014-06-15")]),
    ("es", "El aeropuerto reiniciará operaciones el próximo 15 de junio.",
     [("el próximo 15 de junio", "DATE", "2014-06-15")]),
    # Polish agency abbreviations of last / this year
    ("pl", "Wielka Brytania rozpoczęła proces 29 marca ub.r. i opuści Wspólnotę.",
     [("29 marca ub.r.", "DATE", "2012-03-29")]),
    ("pl", "Umowę podpisano w marcu br. w Warszawie.", [("marcu br.", "DATE", "2013-03")]),
    # a vague count is no count: "some days ago" is a past reference, not yesterday
    ("it", "Qualche giorno fa il giornale ha pubblicato una smentita.", [("Qualche giorno fa", "DATE", "PAST_REF")]),
    ("it", "Un articolo postato da Piero qualche settimana fa.", [("qualche settimana fa", "DATE", "PAST_REF")]),
    ("es", "Hace unos días publicó el texto.", [("Hace unos días", "DATE", "PAST_REF")]),
    ("es", "Hace unos 5 días publicó el texto.", [("Hace unos 5 días", "DATE", "2013-06-22")]),
    # a named time of day inside a compound, or capitalised mid-sentence (a region), is no time
    ("fr", "Une grande manifestation est attendue dans l'après-midi.", []),
    ("fr", "Le sommet commence à midi.", [("midi", "TIME", "2013-06-27T12:00")]),
    ("it", "Era la metafora per eccellenza del Mezzogiorno tradizionale.", []),
    # a full month name before a full stop is no abbreviation: the dot ends the sentence
    ("fr", "Ils ont été éliminés lors du premier tour, fin mai. Le mouvement a réagi.", [("fin mai", "DATE", "2013-05")]),
    ("fr", "Il est parti le 15 janv. 2013 au matin.", [("15 janv. 2013", "DATE", "2013-01-15")]),
    # a capitalised noun or an adjective is no future verb ("Front", "vrai"; Italian "però")
    ("fr", "Le parti s'est allié, au mois de janvier, avec les opposants du Front de salut national.",
     [("janvier", "DATE", "2013-01")]),
    ("fr", "Le vrai problème est apparu en janvier.", [("janvier", "DATE", "2013-01")]),
    ("fr", "Le parti s'alliera en janvier avec les opposants.", [("janvier", "DATE", "2014-01")]),
    ("it", "Però a gennaio il partito si è alleato con gli avversari.", [("gennaio", "DATE", "2013-01")]),
    # a unit that is also an ordinal, before a noun, is the ordinal ("a second term" was one second)
    ("en", "He won a second term in 2012.", [("2012", "DATE", "2012")]),
    ("es", "Ganó un segundo mandato en 2012.", [("2012", "DATE", "2012")]),
    ("it", "Ha vinto un secondo mandato nel 2012.", [("2012", "DATE", "2012")]),
    ("fr", "Il appela une seconde fois les secours.", []),
    ("en", "He paused for a second and left.", [("a second", "DURATION", "PT1S")]),
    ("fr", "Il a attendu une seconde, puis il est parti.", [("une seconde", "DURATION", "PT1S")]),
    # a day and month after a name's head is a name (a movement, a street), not a date
    ("es", "En su apoyo nació el llamado movimiento 6 de abril, lanzado por jóvenes.", []),
    ("es", "El Frente 14 de enero agrupaba a varias organizaciones.", []),
    ("fr", "Parmi eux, le Mouvement du 6-Avril et la Coalition des jeunes.", []),
    ("pl", "Mieszka przy ul. 3 Maja w Krakowie.", []),
    ("ru", "Митинг прошёл на улице 8 Марта.", []),
    ("pl", "Spotkanie odbyło się 3 maja w Krakowie.", [("3 maja", "DATE", "2013-05-03")]),
    ("es", "El 6 de abril se lanzó el movimiento.", [("6 de abril", "DATE", "2013-04-06")]),
    # a season named for a historical event is a name, not a season
    ("fr", "Nous serions dans la poursuite du « printemps arabe » et de la révolution.", []),
    ("es", "El carácter democrático de la «primavera árabe» es indudable.", []),
    ("it", "Dalla cosiddetta primavera araba arrivano queste notizie.", []),
    ("ru", "Арабская весна началась в Тунисе.", []),
    ("pl", "Arabska wiosna zaczęła się w Tunezji.", []),
    ("de", "Der Arabische Frühling begann in Tunesien.", []),
    ("fr", "Les élections auront lieu au printemps.", [("printemps", "DATE", "2014-SP")]),
    ("pl", "Wybory odbędą się wiosną.", [("wiosną", "DATE", "2014-SP")]),
    # two months of a range that names its year once both take it
    ("fr", "Les personnes tuées pendant la révolte de janvier/février 2011.",
     [("janvier", "DATE", "2011-01"), ("février 2011", "DATE", "2011-02")]),
    ("pl", "W maju i czerwcu 2011 r. rozmowy utknęły.", [("maju", "DATE", "2011-05"), ("czerwcu 2011 r.", "DATE", "2011-06")]),
    ("ru", "В мае и июне 2011 года переговоры зашли в тупик.",
     [("мае", "DATE", "2011-05"), ("июне 2011 года", "DATE", "2011-06")]),
    ("en", "From December to February 2011 the talks stalled.",
     [("December", "DATE", "2010-12"), ("February 2011", "DATE", "2011-02")]),
    # recent and coming stretches said with a plural unit (SlavicNER pl: "W ostatnich tygodniach", twice)
    ("pl", "W ostatnich tygodniach ceny rosły, a w najbliższych miesiącach spadną.",
     [("W ostatnich tygodniach", "DATE", "PAST_REF"), ("w najbliższych miesiącach", "DATE", "FUTURE_REF")]),
    ("ru", "В последние недели цены росли, а в ближайшие месяцы упадут.",
     [("В последние недели", "DATE", "PAST_REF"), ("в ближайшие месяцы", "DATE", "FUTURE_REF")]),
    ("uk", "Останніми тижнями ціни зростали, а найближчими місяцями впадуть.",
     [("Останніми тижнями", "DATE", "PAST_REF"), ("найближчими місяцями", "DATE", "FUTURE_REF")]),
    # a count of units in the locative plural ("Po kilku dniach negocjacji") is a duration
    ("pl", "Po kilku dniach negocjacji, a po dwóch tygodniach protestów zawarto porozumienie.",
     [("kilku dniach", "DURATION", "PXD"), ("dwóch tygodniach", "DURATION", "P2W")]),
    # a number before a form of "year" that names it is a year, however early ("w 656 roku"), and later ones count
    # from it; a small one is a year of life or study, no date
    ("pl", "Ali został kalifem w 656 roku, zginął pięć lat później.",
     [("656 roku", "DATE", "0656"), ("pięć lat później", "DATE", "0661")]),
    ("ru", "Али стал халифом в 656 году.", [("656 году", "DATE", "0656")]),
    ("uk", "Алі став халіфом у 656 році.", [("656 році", "DATE", "0656")]),
    ("pl", "Szczepienie podaje się od 2 roku życia.", []),
    # the adjective of a weekday or of today/yesterday is that day ("po piątkowym szczycie", "wczorajszej debaty",
    # "вчерашнего заявления"); "w dzisiejszych czasach" is the present, not today
    ("pl", "Po piątkowym szczycie przywódcy przyjęli plan, o którym mówiono podczas wczorajszej debaty.",
     [("piątkowym", "DATE", "2013-06-21"), ("wczorajszej", "DATE", "2013-06-26")]),
    ("pl", "W dzisiejszych czasach to norma.", [("W dzisiejszych czasach", "DATE", "PRESENT_REF")]),
    # "na" before a locative adjective is "at" (the verb dates it), before the accusative "for" (ahead)
    ("pl", "Na grudniowym szczycie przywódcy uzgodnili plan.", [("grudniowym", "DATE", "2012-12")]),
    ("pl", "Przygotowania na piątkowe spotkanie trwają.", [("piątkowe", "DATE", "2013-06-28")]),
    ("ru", "После вчерашнего заявления министр уехал.", [("вчерашнего", "DATE", "2013-06-26")]),
    ("uk", "Після вчорашньої заяви міністр поїхав.", [("вчорашньої", "DATE", "2013-06-26")]),
    # a month's adjective is that month ("grudniowe porozumienie"); a capitalised month mid-sentence or before a
    # capitalised word is a name ("Tereza Май", "Powstanie Styczniowe", "Maja Herman")
    ("pl", "Grudniowe porozumienie podpisano po lipcowym szczycie.",
     [("Grudniowe", "DATE", "2012-12"), ("lipcowym", "DATE", "2012-07")]),
    ("pl", "Powstanie Styczniowe upadło, a Rewolucja Październikowa wybuchła.", []),
    ("pl", "Maja Herman skomentowała decyzję.", []),
    ("bg", "Тереза Май заяви, че ще подаде оставка.", []),
    # one unit without a count after a word of length is one unit ("Trwało to ponad rok"); "ponad rok temu" is ago
    ("pl", "Trwało to ponad rok, a przez tydzień nikt nie wiedział.",
     [("ponad rok", "DURATION", "P1Y"), ("przez tydzień", "DURATION", "P1W")]),
    ("pl", "Ponad rok temu nikt o tym nie słyszał.", [("Ponad rok temu", "DATE", "2012")]),
    # per-unit adverbs are sets ("50 tys. dziennie", "rocznie przemieszcza się 10 milionów ludzi")
    ("pl", "Tunelem przejeżdża rocznie 10 mln ludzi, a dziennie 30 tys. aut.",
     [("rocznie", "SET", "P1Y"), ("dziennie", "SET", "P1D")]),
    # a hyphen between two years joins a range, each year still a year ("w latach 2008-2010")
    ("pl", "Braki wystąpiły już w latach 2008-2010.", [("2008", "DATE", "2008"), ("2010", "DATE", "2010")]),
    # a typographic apostrophe in a holiday ("New Year’s Eve")
    ("en", "A rally on New Year’s Eve drew thousands.", [("New Year’s Eve", "DATE", "2012-12-31")]),
    # a newspaper's name is no time ("FLORIDA TODAY FILE PHOTO", "the Arizona Daily Star")
    ("en", "The photo ran in USA Today and in FLORIDA TODAY on Monday.", [("Monday", "DATE", "2013-06-24")]),
    ("en", "Rangers found it, according to the Arizona Daily Star.", []),
    # a part of every day is a set ("Receive essential international news every morning")
    ("en", "Receive the news every morning and a digest each night.",
     [("every morning", "SET", "XXXX-XX-XXTMO"), ("each night", "SET", "XXXX-XX-XXTNI")]),
    # "now" inside an adjective is no time
    ("en", "In a now-deleted post the host apologised; the now-defunct firm is gone now.",
     [("now", "DATE", "PRESENT_REF")]),
    # a named clock time and the day after it are one time, as "12:40 a.m. Wednesday" is
    ("en", "The curfew started at midnight Sunday.", [("midnight Sunday", "TIME", "2013-06-23T24:00")]),
    # a day listed before a day and month is that month's ("10 i 17 marca"); the impersonal past "uchwalono" is past
    ("pl", "Drugą i trzecią rezolucję uchwalono 10 i 17 marca.",
     [("10", "DATE", "2013-03-10"), ("17 marca", "DATE", "2013-03-17")]),
    ("en", "The hearings were held on March 10 and 17. On March 5 and 12 people died.",
     [("March 10", "DATE", "2013-03-10"), ("17", "DATE", "2013-03-17"), ("March 5", "DATE", "2013-03-05")]),
    # a span modifier after another preposition, and before a century, is part of the expression
    ("ru", "Закон действует с середины XX века.", [("середины XX века", "DATE", "19")]),
    ("ru", "Но в конце XVIII века страна была конфедерацией.", [("в конце XVIII века", "DATE", "17")]),
    ("ru", "Остальные планируется открыть до конца декабря.", [("до конца декабря", "DATE", "2013-12")]),
    ("uk", "Вакцину подадуть на схвалення у другій половині листопада.",
     [("у другій половині листопада", "DATE", "2013-11")]),
    ("fr", "Des heurts avaient fait huit morts en milieu de semaine dernière.",
     [("en milieu de semaine dernière", "DATE", "2013-W25")]),
    # a season or quarter with its year keeps the year's word
    ("ru", "Переговоры идут с лета 2017 года.", [("лета 2017 года", "DATE", "2017-SU")]),
    ("uk", "Результатів очікують у першому кварталі 2021 року.", [("у першому кварталі 2021 року", "DATE", "2021-Q1")]),
    # a people's or a movement's season is a name; so is a day named by an appeal
    ("fr", "On peut nuancer les printemps libyens, le printemps turc et le rude hiver islamiste.", []),
    ("fr", "De Gaulle, l'homme de l'appel du 18 juin, s'est imposé.", []),
    ("fr", "Le vote aura lieu au printemps prochain.", [("printemps prochain", "DATE", "2014-SP")]),
    # a capitalised unit after a count is a newspaper's name
    ("fr", "La fréquentation de 20 Minutes est certifiée. Il a attendu 20 minutes.",
     [("20 minutes", "DURATION", "PT20M")]),
    ("es", "20 MINUTOS EDITORA, S.L.", []),
    # a year number before the plural of "year" names a year, not a count of 2014 years
    ("ru", "В период с 1987 по 2014 годы обвинили 1300 человек.", [("1987", "DATE", "1987"), ("2014 годы", "DATE", "2014")]),
    # "la mañana" is the morning, "mañana" alone tomorrow
    ("es", "Los egipcios se despertaron la mañana del 7 de marzo con la noticia.", [("7 de marzo", "DATE", "2013-03-07")]),
    ("es", "Mañana habrá elecciones.", [("Mañana", "DATE", "2013-06-28")]),
    # "that year" after a month or day is the year of the time told before it, not the publication year
    ("es", "En junio de 1978 integró el Consejo. El 18 de julio de ese mismo año fue elegido presidente.",
     [("junio de 1978", "DATE", "1978-06"), ("18 de julio de ese mismo año", "DATE", "1978-07-18")]),
    ("fr", "En juin 2012 il est élu. En septembre de la même année il part.",
     [("juin 2012", "DATE", "2012-06"), ("septembre de la même année", "DATE", "2012-09")]),
    # "накануне", "напередодні" before a genitive are "on the eve of" an event; before a verb or a subject the day before
    ("ru", "Митинг прошёл накануне выборов в столице.", []),
    ("uk", "Сандерс переміг напередодні минулої президентської кампанії.", []),
    ("ru", "Накануне ультрарелигиозная партия заявила о бойкоте.", [("Накануне", "DATE", "2013-06-26")]),
    ("uk", "Напередодні з міркувань безпеки адвокат залишив країну.", [("Напередодні", "DATE", "2013-06-26")]),
    # every few years is a set
    ("uk", "Нову вакцину доведеться винаходити кожні кілька років.", [("кожні кілька років", "SET", "PXY")]),
    # stretches up to now and ahead
    ("ru", "Какие положения будут содержаться в документе в ближайшее время.", [("в ближайшее время", "DATE", "FUTURE_REF")]),
    ("es", "En los últimos días, más de 100 personas perdieron la vida.", [("En los últimos días", "DATE", "PAST_REF")]),
    ("fr", "L'armée en train de virer Morsi, en ce moment même.", [("en ce moment", "DATE", "PRESENT_REF")]),
    # a dateline's weekday and numeric date are one date; a dashed two-digit year is a date before a clock time
    ("es", "Viernes 07/10/2011. Actualizado 12:59h.",
     [("Viernes 07/10/2011", "DATE", "2011-10-07"), ("12:59h", "TIME", "2011-10-07T12:59")]),
    ("fr", "L'opposition donne 24 heures à Morsi\n01-07-13 à 16h25\nLe score fut 12-10-25.",
     [("24 heures", "DURATION", "PT24H"), ("01-07-13 à 16h25", "TIME", "2013-07-01T16:25")]),
    # a holiday with its year
    ("es", "El atentado frustrado de Detroit, en las Navidades de 2009, en un avión.",
     [("Navidades de 2009", "DATE", "2009-12-25")]),
    # a milieu is no Wednesday; an amount is no year
    ("ru", "Клубы получили оборудование в рамках проекта «Культурная среда» в 2021 году.", [("2021 году", "DATE", "2021")]),
    ("uk", "Вакцинація коштуватиме від 300 до 1500 гривень, у 2021 році дешевше.", [("2021 році", "DATE", "2021")]),
    ("ru", "Стоимость вакцины составляет 1942 рубля, уже привиты 1965 человек.", []),
    # a part of every day is a set
    ("fr", "Chaque matin, recevez l'essentiel de l'actualité.", [("Chaque matin", "SET", "XXXX-XX-XXTMO")]),
    ("es", "Todas las mañanas acude a la plaza.", [("Todas las mañanas", "SET", "XXXX-XX-XXTMO")]),
    # an adverb between "ago" and its count; "tan pronto como" is "as soon as"; a year's "-го"
    ("es", "La pesadilla que dibujó el jefe del Ejército hace tan solo unas semanas.",
     [("hace tan solo unas semanas", "DATE", "PAST_REF")]),
    ("fr", "Les ruelles où se hâtaient il y a encore trois ans les touristes.", [("il y a encore trois ans", "DATE", "2010")]),
    ("es", "Se casan tan pronto como pasan la pubertad.", []),
    ("ru", "Распределено по планированию (декабрь 2020-го — февраль 2021-го) всего 73 500 доз.",
     [("декабрь 2020-го", "DATE", "2020-12"), ("февраль 2021-го", "DATE", "2021-02")]),
    # the coming months in the plural are no one month
    ("fr", "Des questions qui trouveront une réponse dans les semaines et les mois à venir.",
     [("les mois à venir", "DATE", "FUTURE_REF")]),
    # a decade and its century are one decade ("W latach 30. XIX wieku" are the 1830s)
    ("pl", "W latach 30. XIX wieku pojawiły się pierwsze analizy.", [("latach 30. XIX wieku", "DATE", "183")]),
    ("ru", "В 30-е годы XIX века начались работы.", [("30-е годы XIX века", "DATE", "183")]),
]
# fmt: on


@pytest.mark.parametrize(("lang", "sentence", "expected"), CASES)
def test_real_news_shapes(lang: str, sentence: str, expected: list[tuple[str, str, str]]) -> None:
    assert _values(sentence, lang) == expected


def test_a_span_modifier_before_a_century_is_its_mod() -> None:
    found = find_time_expressions("Закон действует с середины XX века.", "ru", None)
    assert [(e.text, e.value, e.mod) for e in found] == [("середины XX века", "19", "MID")]


@pytest.mark.parametrize(
    ("lang", "sentence"),
    [
        ("ru", "С 1988 года штат голосовал за демократов. На следующий день штат начал подсчёт."),
        ("en", "The state has voted Democratic since 1988. The next day the count began."),
    ],
)
def test_a_year_is_no_base_for_the_next_day_in_an_undated_article(lang: str, sentence: str) -> None:
    # undated: "the next day" after "since 1988" was 1988-01-02, a day nobody named; it stays relative
    found = find_time_expressions(sentence, lang, None)
    assert [e.value for e in found] == ["1988", "XXXX-XX-XX"]
    assert not found[1].anchored and found[1].relative == {"unit": "day", "offset": 1}


def test_the_next_day_still_counts_from_a_day_named_in_an_undated_article() -> None:
    following = find_time_expressions("The vote was on November 3, 2020. The next day the count began.", "en")
    assert [e.value for e in following] == ["2020-11-03", "2020-11-04"]


# Undated articles (anchor None): what a sentence's own words fix, and nothing invented.
# fmt: off
UNDATED_CASES: list[tuple[str, str, list[tuple[str, str, str]]]] = [
    # a day and month right after an explicit year in the paragraph is that year's (SlavicNER pl, German semeval8)
    ("de", "Im April 1945 rückten die Truppen vor. Am 21. April erreichten sie die Stadt.",
     [("April 1945", "DATE", "1945-04"), ("21. April", "DATE", "1945-04-21")]),
    ("pl", "Pierwszą rezolucję przyjęto 24 lutego 2022 r. Drugą uchwalono 17 marca.",
     [("24 lutego 2022 r.", "DATE", "2022-02-24"), ("17 marca", "DATE", "2022-03-17")]),
    ("en", "The plant opened on January 9, 2019. On March 3 the first cars left the line.",
     [("January 9, 2019", "DATE", "2019-01-09"), ("March 3", "DATE", "2019-03-03")]),
    # ... not from a bare year (a bond's maturity, a programme's start), not across a paragraph, not after "last
    # year", not to a month earlier than the one told
    ("en", "The bonds are due 1993. The rights expire Nov. 21.",
     [("1993", "DATE", "1993"), ("Nov. 21", "DATE", "XXXX-11-21")]),
    ("pl", "Pierwszą rezolucję przyjęto 24 lutego 2022 r.\nDrugą uchwalono 17 marca.",
     [("24 lutego 2022 r.", "DATE", "2022-02-24"), ("17 marca", "DATE", "XXXX-03-17")]),
    ("en", "The law passed in May 2016. Last year it was amended, and on June 3 the court struck it down.",
     [("May 2016", "DATE", "2016-05"), ("Last year", "DATE", "XXXX"), ("June 3", "DATE", "XXXX-06-03")]),
    ("en", "In December 1944 the offensive began. On January 3 it stalled.",
     [("December 1944", "DATE", "1944-12"), ("January 3", "DATE", "XXXX-01-03")]),
    # ... nor to a day more than six months on ("березні 2019 року … 25 листопада" was 2018's)
    ("uk", "Вихід запланували у березні 2019 року. Текст договору затвердили 25 листопада.",
     [("березні 2019 року", "DATE", "2019-03"), ("25 листопада", "DATE", "XXXX-11-25")]),
    # a day listed before the day and month takes the year carried to it
    ("pl", "Pierwszą przyjęto 24 lutego 2022 r. 10 i 17 marca uchwalono dwie następne.",
     [("24 lutego 2022 r.", "DATE", "2022-02-24"), ("10", "DATE", "2022-03-10"), ("17 marca", "DATE", "2022-03-17")]),
    # a month right after a day or month with its year, in its paragraph, is that year's too
    ("ru", "Первый случай зафиксирован 3 марта 2020 года. После этого уже в середине марта ввели карантин.",
     [("3 марта 2020 года", "DATE", "2020-03-03"), ("в середине марта", "DATE", "2020-03")]),
    ("uk", "У липні 2020 року компанія оголосила результати. Вищі дози виключили в липні з досліджень.",
     [("липні 2020 року", "DATE", "2020-07"), ("липні", "DATE", "2020-07")]),
    # a dateline on its own line gives its year to the days and months after it, nearest its day; the relative
    # expressions stay relative
    ("ru", "Коллегия выборщиков голосует\n\n14 декабря 2020\n\nВыборы прошли пять недель назад, но голоса подадут "
           "лишь в понедельник, 14 декабря.\n\nК 8 декабря штаты утвердили итоги. Конгресс соберется 6 января.",
     [("14 декабря 2020", "DATE", "2020-12-14"), ("пять недель назад", "DATE", "XXXX-WXX"),
      ("понедельник, 14 декабря", "DATE", "2020-12-14"), ("8 декабря", "DATE", "2020-12-08"),
      ("6 января", "DATE", "2021-01-06")]),
    ("uk", "Британія почне щеплення\n\nНеділя, 27 грудня 2020, 17:54\n\nВлада планує почати щеплення з 4 січня. "
           "У першій половині січня відкриють центри.",
     [("Неділя, 27 грудня 2020, 17:54", "TIME", "2020-12-27T17:54"), ("4 січня", "DATE", "2021-01-04"),
      ("У першій половині січня", "DATE", "2021-01")]),
    ("uk", "Українська служба DW, 11 березня 2020, 08:46\n\nПраймеріз відбулися у вівторок, 10 березня.",
     [("11 березня 2020, 08:46", "TIME", "2020-03-11T08:46"), ("вівторок, 10 березня", "DATE", "2020-03-10")]),
    # ... a date inside a sentence is no dateline, nor one with running words after it on its line
    ("uk", "Хакери атакували агентство 9 грудня 2020 року.\n\nВакцину схвалять 4 січня.",
     [("9 грудня 2020 року", "DATE", "2020-12-09"), ("4 січня", "DATE", "XXXX-01-04")]),
    ("ru", "4 января 2021 года мы узнали о решении суда\n\n5 января пройдут выборы.",
     [("4 января 2021 года", "DATE", "2021-01-04"), ("5 января", "DATE", "XXXX-01-05")]),
    # "that year" after a month is the year told before; without one it stays unknown
    ("ru", "В феврале 2017 года Путин выступил. До апреля того же года Трамп молчал.",
     [("феврале 2017 года", "DATE", "2017-02"), ("апреля того же года", "DATE", "2017-04")]),
    ("uk", "У 2016 році він приїхав. У вересні того ж року він поїхав.",
     [("2016 році", "DATE", "2016"), ("вересні того ж року", "DATE", "2016-09")]),
    ("ru", "В сентябре того года Трамп начал кампанию.", [("сентябре того года", "DATE", "XXXX-09")]),
    # "Об этом 31 октября сообщает": "этом" is no "this" before a day
    ("ru", "Об этом 31 октября сообщает Би-би-си.", [("31 октября", "DATE", "XXXX-10-31")]),
    # an undated weekend is still a weekend, an undated day before a clock time still that weekday
    ("en", "A Three Kings Celebration this weekend will help families.", [("this weekend", "DATE", "XXXX-WXX-WE")]),
    ("en", "The curfew started at midnight Sunday.", [("midnight Sunday", "TIME", "XXXX-WXX-7T24:00")]),
]
# fmt: on


@pytest.mark.parametrize(("lang", "sentence", "expected"), UNDATED_CASES)
def test_undated_real_news_shapes(lang: str, sentence: str, expected: list[tuple[str, str, str]]) -> None:
    assert _values(sentence, lang, None) == expected


# Italian, dated (TIME-4's audit of CL-TLS it): (publication day, sentence, expected expressions)
# fmt: off
ITALIAN_CASES: list[tuple[date, str, list[tuple[str, str, str]]]] = [
    # an elided count joins its unit with no space
    (THU, "L'Egitto è in stato di emergenza da trent'anni.", [("trent'anni", "DURATION", "P30Y")]),
    (THU, "Cambiamenti osteggiati per trent’anni, soprattutto in Egitto.", [("per trent’anni", "DURATION", "P30Y")]),
    (THU, "Vent'anni fa il muro cadde.", [("Vent'anni fa", "DATE", "1993")]),
    # "addietro" is an ago word
    (THU, "Solo pochi mesi addietro i funzionari avvisarono il governo.",
     [("pochi mesi addietro", "DATE", "PAST_REF")]),
    # a range of numbers before a count noun is an amount, not two years
    (THU, "Il numero dei manifestanti ha raggiunto le 1500-2000 persone.", []),
    (THU, "Nel 2008-2010 la crisi ha colpito il paese.", [("2008", "DATE", "2008"), ("2010", "DATE", "2010")]),
    # a clock time and the part of a day after it are one time, on that day
    (date(2011, 12, 21), "Ieri sera le donne hanno manifestato. Alle 5 di stamattina la giunta ha rilasciato 14 persone.",
     [("Ieri sera", "TIME", "2011-12-20TEV"), ("Alle 5 di stamattina", "TIME", "2011-12-21T05:00")]),
    (date(2011, 12, 21), "La polizia è arrivata alle 9 di ieri sera.", [("alle 9 di ieri sera", "TIME", "2011-12-20T21:00")]),
    # a page header's weekday before its date is that date's
    (date(2012, 4, 12), "Giovedì • 10 Settembre 2015 • Aggiornato alle 14:54",
     [("Giovedì • 10 Settembre 2015", "DATE", "2015-09-10"), ("alle 14:54", "TIME", "2015-09-10T14:54")]),
    # a dated chronology keeps the year it told, back a little too ("che era scomparso il 27 gennaio")
    (date(2012, 1, 25), "- 25 gennaio 2011. Migliaia di egiziani scendono in piazza. - 27 gennaio. Gli egiziani "
                        "annunciano una protesta per il 28 gennaio.\n2 febbraio. Wael Ghonim, che era scomparso il "
                        "27 gennaio, viene rilasciato. Il presidente parla il giorno dopo.",
     [("25 gennaio 2011", "DATE", "2011-01-25"), ("27 gennaio", "DATE", "2011-01-27"),
      ("28 gennaio", "DATE", "2011-01-28"), ("2 febbraio", "DATE", "2011-02-02"), ("27 gennaio", "DATE", "2011-01-27"),
      ("il giorno dopo", "DATE", "2011-01-28")]),
    # ... and a bare weekday right after a day it carried is in that day's week (the Friday of Anger was 28 January)
    (date(2012, 1, 25), "- 25 gennaio 2011. Migliaia scendono in piazza. - 28 gennaio. Gli egiziani marciano dopo la "
                        "preghiera del venerdì. È il «Venerdì della rabbia».",
     [("25 gennaio 2011", "DATE", "2011-01-25"), ("28 gennaio", "DATE", "2011-01-28"), ("venerdì", "DATE", "2011-01-28"),
      ("Venerdì", "DATE", "2011-01-28")]),
    # ... but not across another year written in between, nor where the publication day's reading lies in the past
    (date(2012, 4, 12), "Nato il 25 dicembre 1918, nel 1940 fu richiamato; le elezioni del 10 maggio saranno una prova.",
     [("25 dicembre 1918", "DATE", "1918-12-25"), ("1940", "DATE", "1940"), ("10 maggio", "DATE", "2012-05-10")]),
    (date(2012, 4, 12), "Il 3 febbraio 2011 cadde il governo. Il 2 marzo il ministro ha presentato il bilancio.",
     [("3 febbraio 2011", "DATE", "2011-02-03"), ("2 marzo", "DATE", "2012-03-02")]),
]
# fmt: on


@pytest.mark.parametrize(("anchor", "sentence", "expected"), ITALIAN_CASES)
def test_italian_real_news_shapes(anchor: date, sentence: str, expected: list[tuple[str, str, str]]) -> None:
    assert _values(sentence, "it", anchor) == expected


# Names that hold a time word (audit_time3's leftovers, seen again by TIME-4), dated THU
# fmt: off
NAME_CASES: list[tuple[str, str, list[tuple[str, str, str]]]] = [
    ("ru", "Об этом сообщает «Россия сегодня» со ссылкой на источники.", []),
    ("uk", "Про це повідомляє «Україна сьогодні».", []),
    ("ru", "Сегодня «Россия» сообщила о решении.", [("Сегодня", "DATE", "2013-06-27")]),
    ("fr", "La destruction des églises après la révolution d'octobre et les autodafés des nazis.", []),
    ("fr", "La révolution du 25 janvier a rempli la place Tahrir.", [("25 janvier", "DATE", "2013-01-25")]),
    ("es", "El grupo juvenil opositor 16 de Abril convocó una marcha.", []),
    ("es", "El grupo llegó el 16 de abril a la capital.", [("16 de abril", "DATE", "2013-04-16")]),
]
# fmt: on


@pytest.mark.parametrize(("lang", "sentence", "expected"), NAME_CASES)
def test_names_holding_a_time_word(lang: str, sentence: str, expected: list[tuple[str, str, str]]) -> None:
    assert _values(sentence, lang) == expected


# TIME-4, second round: (language, publication day, sentence, expected expressions)
# fmt: off
MORE_CASES: list[tuple[str, date | None, str, list[tuple[str, str, str]]]] = [
    # a day of the month without its month after a modifier (audit_time3's leftover "el pasado día 2")
    ("es", date(2011, 7, 10), "El pasado día 7, un tribunal condenó a Ben Ali.", [("El pasado día 7", "DATE", "2011-07-07")]),
    ("es", date(2011, 2, 20), "El juez habló el pasado día 2 en Túnez.", [("el pasado día 2", "DATE", "2011-02-02")]),
    ("es", date(2011, 7, 20), "Las elecciones serán el próximo día 15.", [("el próximo día 15", "DATE", "2011-08-15")]),
    ("es", None, "El pasado día 7 el tribunal condenó a Ben Ali.", [("El pasado día 7", "DATE", "XXXX-XX-07")]),
    # a chronology's year is not carried into a future sentence (held-out fr, seed 19)
    ("fr", date(2012, 3, 14), "Pour marquer l'anniversaire des manifestations du 15 mars 2011, une campagne a été lancée. "
                              "Le 15 mars, la vidéo d'une personne célèbre sera lancée sur Twitter.",
     [("15 mars 2011", "DATE", "2011-03-15"), ("15 mars", "DATE", "2012-03-15")]),
    # a shift ahead with no day told and no tense (a headline) is not counted from the publication day
    ("es", date(2011, 7, 10), "Del entusiasmo a la frustración: el duro camino de la primavera árabe, siete meses después",
     [("siete meses después", "DATE", "XXXX-XX")]),
    # ... after a day told it still is
    ("es", date(2013, 6, 27), "El 3 de marzo se fue. Dos días después volvió.",
     [("3 de marzo", "DATE", "2013-03-03"), ("Dos días después", "DATE", "2013-03-05")]),
    # the eve or the morrow of an event is no day after the time told last (audit_time3's "Le lendemain de l'attaque")
    ("fr", date(2013, 9, 2), "Morsi a été destitué le 3 juillet. Le lendemain de l'attaque, une délégation est venue.",
     [("3 juillet", "DATE", "2013-07-03")]),
    ("fr", date(2013, 7, 17), "Le 30 juin, des millions ont manifesté. À la veille du 30 juin, l'essayiste écrivait.",
     [("30 juin", "DATE", "2013-06-30"), ("la veille", "DATE", "2013-06-29"), ("30 juin", "DATE", "2013-06-30")]),
    ("fr", date(2013, 9, 2), "Morsi a été destitué le 3 juillet. Le lendemain, l'armée a parlé.",
     [("3 juillet", "DATE", "2013-07-03"), ("Le lendemain", "DATE", "2013-07-04")]),
    ("it", date(2013, 9, 2), "Il 3 luglio si è votato. La vigilia delle elezioni la polizia arrestò 30 persone.",
     [("3 luglio", "DATE", "2013-07-03")]),
    # a passato remoto in "-rò" is the past, a future "-erò" the future (held-out it, seed 19); a masthead is no day
    ("it", date(2011, 9, 8), "Il 23 febbraio il presidente Obama dichiarò di aver dato ordini.",
     [("23 febbraio", "DATE", "2011-02-23")]),
    ("it", date(2011, 9, 8), "Il 23 febbraio dichiarerò la mia candidatura.", [("23 febbraio", "DATE", "2012-02-23")]),
    ("it", date(2011, 8, 23), "di Paola Caridi\nIl Fatto di Domani - Ogni sera il punto della giornata.", []),
    ("it", date(2011, 8, 23), "Secondo Italia Oggi la crisi continua. Oggi il presidente parla.",
     [("Oggi", "DATE", "2011-08-23")]),
    # "to date" and "as things stand today" are the present, no day; the adjectives of a count or decade are in its span
    ("fr", date(2013, 7, 12), "A ce jour, Mohamed Morsi se trouve en lieu sûr.", [("A ce jour", "DATE", "PRESENT_REF")]),
    ("es", date(2011, 7, 10), "Hoy, por hoy, así es como están las cosas.", [("Hoy, por hoy", "DATE", "PRESENT_REF")]),
    ("it", date(2011, 2, 13), "In queste ore il governo è nelle mani dell'esercito.",
     [("In queste ore", "DATE", "PRESENT_REF")]),
    ("it", date(2013, 1, 28), "Sarà il tormentone dei prossimi quattro anni.",
     [("prossimi quattro anni", "DURATION", "P4Y")]),
    ("it", date(2012, 7, 14), "Ha servito come ingegnere nei primi anni 1980.", [("primi anni 1980", "DATE", "198")]),
    # "since" a day, with a past verb, is in the past however far (held-out es, seed 19); with a coming one it looks ahead
    ("es", date(2011, 11, 3), "Desde el 28 de enero, más de 12 000 civiles han sido juzgados por tribunales militares.",
     [("28 de enero", "DATE", "2011-01-28")]),
    ("es", date(2026, 1, 10), "Desde el 1 de febrero subirán los precios de la luz.", [("1 de febrero", "DATE", "2026-02-01")]),
    # a year cut to two digits after an apostrophe, and the shift counted from it
    ("it", date(2012, 4, 12), "Tornò dopo il colpo di stato nel gennaio '92. Fu assassinato sei mesi dopo ad Annaba.",
     [("gennaio '92", "DATE", "1992-01"), ("sei mesi dopo", "DATE", "1992-07")]),
    # a clock's "h" is a word of its own, not the first letter of "hora" or "hasta"; a clock's minutes are no count
    ("es", date(2011, 1, 31), "Se reúne a partir de las 15:30 hora local (21:30 hora española) con su equipo.",
     [("las 15:30 hora", "TIME", "2011-01-31T15:30"), ("21:30 hora", "TIME", "2011-01-31T21:30")]),
    ("es", date(2012, 5, 5), "El toque de queda se extiende desde las 23:00 hasta las 06:00.",
     [("las 23:00", "TIME", "2012-05-05T23:00"), ("las 06:00", "TIME", "2012-05-05T06:00")]),
    # a quarter "of the year" is this year's, with the words in its span; a quarter or half before a year takes it
    ("es", date(2011, 8, 10), "La economía creció en el segundo trimestre del año un 2%.",
     [("el segundo trimestre del año", "DATE", "2011-Q2")]),
    ("es", date(2011, 8, 10), "Cayó en el primer trimestre del año pasado.", [("el primer trimestre del año pasado", "DATE", "2010-Q1")]),
    ("es", date(2011, 1, 30), "Hubo más de 300 protestas en el primer semestre de 2010.",
     [("el primer semestre de 2010", "DATE", "2010-H1")]),
    ("fr", date(2011, 8, 10), "Le PIB a reculé au deuxième trimestre de l'année.", [("au deuxième trimestre de l'année", "DATE", "2011-Q2")]),
    ("it", date(2011, 8, 10), "Il PIL è sceso nel primo trimestre dell'anno scorso.",
     [("nel primo trimestre dell'anno scorso", "DATE", "2010-Q1")]),
    # names of days and months quoted as items of a page script's list are no dates
    ("it", date(2013, 1, 29), 'var d_names = new Array("Domenica", "Lunedì", "Martedì",\n"Giovedì", "Sabato");\n'
                              'var m_names = new Array("Gennaio", "Maggio",\n"Giugno", "Luglio");\nÈ morto ieri ad Atene.',
     [("ieri", "DATE", "2013-01-28")]),
    ("en", date(2013, 1, 29), 'days = ["Monday", "Tuesday"]. He left on Monday.', [("Monday", "DATE", "2013-01-28")]),
]
# fmt: on


@pytest.mark.parametrize(("lang", "anchor", "sentence", "expected"), MORE_CASES)
def test_more_real_news_shapes(
    lang: str, anchor: date | None, sentence: str, expected: list[tuple[str, str, str]]
) -> None:
    assert _values(sentence, lang, anchor) == expected


@pytest.mark.parametrize(
    ("lang", "text", "surface", "value"),
    [
        # CL-TLS es: the story's timeline had a "1567 (year)" entry for the New Kingdom of Egypt
        ("es", "En 1567 a.C., con la expulsión de los hicsos, nace el Imperio Nuevo.", "1567 a.C.", "BC1567"),
        ("en", "The city was founded around 1500 BC by traders.", "1500 BC", "BC1500"),
        ("fr", "En 1552 av. J.-C., les Hyksos sont chassés d'Égypte.", "1552 av. J.-C.", "BC1552"),
        ("it", "Nel 1550 a.C. gli Hyksos furono cacciati.", "1550 a.C.", "BC1550"),
        ("de", "Um 1550 v. Chr. wurden die Hyksos vertrieben.", "1550 v. Chr.", "BC1550"),
        ("pl", "W 1550 r. p.n.e. wypędzono Hyksosów.", "1550 r. p.n.e.", "BC1550"),
        ("ru", "В 480 году до н. э. произошла битва при Фермопилах.", "480 году до н. э.", "BC0480"),
        # no mark: the year of our era
        ("es", "Egipto firmó un tratado de paz con Israel en 1979.", "1979", "1979"),
    ],
)
def test_a_year_before_christ_is_bc(lang: str, text: str, surface: str, value: str) -> None:
    from datetime import UTC, datetime

    from storyline.events import article_events
    from storyline.model import Article, DateSource, Span, Timestamp
    from storyline.sentences import split_sentences
    from storyline.timex import timex_stage

    found = {(t.text, t.value) for t in find_time_expressions(text, lang, datetime(2011, 2, 1, tzinfo=UTC))}
    assert (surface, value) in found
    art = Article(text=text, raw_text=text, language=lang)
    art.published = Timestamp(datetime(2011, 2, 1, 12, tzinfo=UTC), DateSource.MANIFEST)
    art.set_layer("sentence", [Span(s, e, "sentence") for s, e in split_sentences(text, lang)])
    timex_stage(art)
    # a year before Christ is no event on the story's timeline (the calendar has no such day)
    assert [e.value for e in article_events(art)] == ([] if value.startswith("BC") else [value])


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Timeline17 Haiti (BBC): the quake's hour had put it in the year 1653 on the briefing's timeline
        ("The quake struck at 1653 local time on Tuesday.", ("1653 local time", "TIME", "2010-01-12T16:53")),
        # a clock before its day takes that day ("at 9 a.m. on Tuesday"), not the publication day (a Wednesday)
        ("Talks resumed at 9 a.m. on Tuesday in Geneva.", ("9 a.m.", "TIME", "2010-01-12T09:00")),
        ("The first relief flight landed at 0900 GMT.", ("0900 GMT", "TIME", "2010-01-13T09:00Z")),
        ("The cathedral was founded in 1653 by the French.", ("1653", "DATE", "1653")),
    ],
)
def test_military_time_is_a_clock_not_a_year_and_a_clock_takes_its_day(
    text: str, expected: tuple[str, str, str]
) -> None:
    from datetime import UTC, datetime

    found = [(t.text, t.type, t.value) for t in find_time_expressions(text, "en", datetime(2010, 1, 13, tzinfo=UTC))]
    assert expected in found


def test_a_time_restated_in_brackets_is_not_a_second_time() -> None:
    """TempEval-3 (APW19980808.0022): 'at about 10:35 a.m. (0735 GMT) Friday' marks only the first."""
    from datetime import UTC, datetime

    text = "The blast in Nairobi occurred at about 10:35 a.m. (0735 GMT) Friday."
    found = [t.text for t in find_time_expressions(text, "en", datetime(1998, 8, 8, tzinfo=UTC))]
    assert "0735 GMT" not in found and "10:35 a.m." in found
