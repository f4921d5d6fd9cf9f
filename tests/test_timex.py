"""Time expressions: detection and TIMEX3 normalisation in many languages, the seeds, the stage."""

from __future__ import annotations

from datetime import UTC, date, datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from storyline.model import Article, DateSource, Span, Timestamp
from storyline.timex import find_time_expressions, timex_stage

THURSDAY = date(2026, 1, 8)


def values(text: str, lang: str, anchor: date | datetime | None = THURSDAY) -> dict[str, str]:
    """Expression text → value."""
    return {e.text: e.value for e in find_time_expressions(text, lang, anchor)}


def one(text: str, lang: str, needle: str, anchor: date | datetime | None = THURSDAY):
    """The expression whose text contains `needle`."""
    found = [e for e in find_time_expressions(text, lang, anchor) if needle.lower() in e.text.lower()]
    assert found, f"{needle!r} not found in {[e.text for e in find_time_expressions(text, lang, anchor)]}"
    return found[0]


def seed_article(seeds_dir: Path, prefix: str, lang: str, published: datetime | None) -> Article:
    """A seed file as an analysed article (sentences from the TEXT helper's splitter)."""
    from storyline.sentences import split_sentences

    text = next(seeds_dir.glob(f"{prefix}_*.txt")).read_text(encoding="utf-8")
    stamp = Timestamp(published, DateSource.MANIFEST) if published else Timestamp()
    article = Article(text=text, raw_text=text, language=lang, published=stamp)
    article.set_layer("sentence", [Span(s, e, "sentence") for s, e in split_sentences(text, lang)])
    timex_stage(article)
    return article


def timex_of(article: Article, needle: str) -> Span:
    """The timex span whose words contain `needle`."""
    for span in article.spans("timex"):
        if needle.lower() in span.text_of(article.text).lower():
            return span
    raise AssertionError(f"no timex with {needle!r}: {[s.text_of(article.text) for s in article.spans('timex')]}")


# --- the reference scenario -----------------------------------------------------------------------


def test_polish_seed_resolves_against_its_publication_date(seeds_dir: Path) -> None:
    published = datetime(2026, 1, 8, 21, 58, tzinfo=ZoneInfo("Europe/Warsaw"))
    article = seed_article(seeds_dir, "002", "pl", published)
    assert timex_of(article, "środę, 7 stycznia").attrs["value"] == "2026-01-07"  # Dmitriev's meeting
    assert timex_of(article, "Dzień wcześniej").attrs["value"] == "2026-01-06"  # the Paris meeting
    assert timex_of(article, "przyszłym tygodniu").attrs["value"] == "2026-W03"
    assert timex_of(article, "czwartek").attrs["value"] == "2026-01-08"  # the publication day itself
    assert all(s.attrs["anchored"] for s in article.spans("timex"))


def test_english_seed_weekdays_stay_relative_without_a_date(seeds_dir: Path) -> None:
    for prefix in ("000", "001"):
        article = seed_article(seeds_dir, prefix, "en", None)
        thursday = timex_of(article, "Thursday")
        assert thursday.attrs["anchored"] is False
        assert thursday.attrs["value"].startswith("XXXX")
        assert thursday.attrs["relative"] == {"weekday": 4, "direction": -1}
        for span in article.spans("timex"):
            assert not span.attrs["value"][:1].isdigit() or span.attrs["type"] in ("DURATION", "SET"), span
    week = timex_of(seed_article(seeds_dir, "000", "en", None), "earlier in the week")
    assert week.attrs["anchored"] is False and week.attrs["value"] == "XXXX-WXX"


def test_english_seed_weekdays_resolve_once_a_date_is_given(seeds_dir: Path) -> None:
    published = datetime(2025, 11, 22, 12, 0, tzinfo=UTC)  # a Saturday
    first = seed_article(seeds_dir, "000", "en", published)
    assert timex_of(first, "Thursday").attrs["value"] == "2025-11-20"
    assert timex_of(first, "earlier in the week").attrs["value"] == "2025-W47"
    assert timex_of(first, "February").attrs["value"] == "2026-02"  # "enters its fourth year in February"
    second = seed_article(seeds_dir, "001", "en", published)
    assert timex_of(second, "Thursday").attrs["value"] == "2025-11-20"


# --- absolute dates and date order ----------------------------------------------------------------


@pytest.mark.parametrize(
    ("lang", "text", "value"),
    [
        ("pl", "Umowę podpisano 3/4/2026 w Warszawie.", "2026-04-03"),
        ("de", "Der Vertrag wurde am 3.4.2026 unterzeichnet.", "2026-04-03"),
        ("en", "The deal was signed on 3/4/2026 in Washington.", "2026-03-04"),
        ("en", "The deal was signed on 25/12/2025.", "2025-12-25"),  # day above 12: day-first whatever the language
        ("en", "It happened on March 5, 1946.", "1946-03-05"),
        ("en", "It happened on 5 March 2024.", "2024-03-05"),
        ("pl", "Spotkanie odbyło się 7 stycznia 2026 r.", "2026-01-07"),
        ("de", "Am 7. Januar 2026 trafen sie sich.", "2026-01-07"),
        ("fr", "Le 1er mars 2025, il a démissionné.", "2025-03-01"),
        ("es", "El 7 de enero de 2026 se reunieron.", "2026-01-07"),
        ("it", "Il 7 gennaio 2026 si sono incontrati.", "2026-01-07"),
        ("ru", "7 января 2026 года они встретились.", "2026-01-07"),
        ("uk", "7 січня 2026 року вони зустрілися.", "2026-01-07"),
        ("cs", "Sešli se 7. ledna 2026.", "2026-01-07"),
        ("en", "Published 2026-01-07 in the morning.", "2026-01-07"),
    ],
)
def test_absolute_dates(lang: str, text: str, value: str) -> None:
    assert value in values(text, lang).values()


def test_day_and_month_without_year_take_the_nearest_year() -> None:
    assert one("Dmitriew spotkał się z nimi 30 grudnia.", "pl", "grudnia").value == "2025-12-30"
    assert one("The summit was held on Dec. 30.", "en", "Dec").value == "2025-12-30"


# --- weekdays --------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("lang", "text", "needle", "value"),
    [
        ("en", "An attack late on Thursday killed five people.", "Thursday", "2026-01-08"),
        ("en", "Officials met on Tuesday.", "Tuesday", "2026-01-06"),
        ("en", "The leaders will meet on Monday.", "Monday", "2026-01-12"),
        ("en", "They met last Friday.", "Friday", "2026-01-02"),
        ("en", "They will meet next Thursday.", "Thursday", "2026-01-15"),
        # "by" after a weekday is a passive agent, not a deadline; before it, it is one
        ("en", "Castro attended a rally Wednesday by media workers.", "Wednesday", "2026-01-07"),
        ("en", "The report is due by Monday.", "Monday", "2026-01-12"),
        ("pl", "Rozmowy odbyły się w środę.", "środę", "2026-01-07"),
        ("pl", "Spotkają się w przyszły poniedziałek.", "poniedziałek", "2026-01-12"),
        ("de", "Am Montag traf sich der Kanzler mit Macron.", "Montag", "2026-01-05"),
        ("fr", "Mardi, le président a rencontré les syndicats.", "Mardi", "2026-01-06"),
        ("ru", "В среду президент провёл встречу.", "среду", "2026-01-07"),
        ("uk", "У середу президент провів зустріч.", "середу", "2026-01-07"),
        ("es", "El martes el gobierno aprobó la ley.", "martes", "2026-01-06"),
        ("it", "Martedì il governo ha approvato la legge.", "Martedì", "2026-01-06"),
    ],
)
def test_weekdays_resolve_to_the_right_day(lang: str, text: str, needle: str, value: str) -> None:
    assert one(text, lang, needle).value == value


# --- relative expressions --------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("lang", "text", "needle", "value"),
    [
        ("en", "Two days ago the army withdrew.", "days ago", "2026-01-06"),
        ("en", "Prices rose last month.", "last month", "2025-12"),
        ("en", "Talks resume next week.", "next week", "2026-W03"),
        ("en", "The plan was drafted earlier in the week.", "earlier in the week", "2026-W02"),
        ("en", "This winter will be hard.", "winter", "2025-WI"),
        ("en", "Sales fell in 2025.", "2025", "2025"),
        ("en", "Profit rose in the third quarter.", "third quarter", "2025-Q3"),
        ("pl", "Wczoraj rząd przyjął projekt.", "Wczoraj", "2026-01-07"),
        ("pl", "Przedwczoraj rząd przyjął projekt.", "Przedwczoraj", "2026-01-06"),
        ("pl", "W zeszłym tygodniu rząd przyjął projekt.", "zeszłym tygodniu", "2026-W01"),
        ("pl", "Dwa dni temu rząd przyjął projekt.", "dni temu", "2026-01-06"),
        ("ru", "Вчера правительство одобрило проект.", "Вчера", "2026-01-07"),
        ("ru", "Позавчера правительство одобрило проект.", "Позавчера", "2026-01-06"),
        ("ru", "На прошлой неделе правительство одобрило проект.", "прошлой неделе", "2026-W01"),
        ("uk", "Минулого тижня уряд схвалив проєкт.", "Минулого тижня", "2026-W01"),
        ("uk", "Два дні тому уряд схвалив проєкт.", "тому", "2026-01-06"),
        ("de", "Vor drei Tagen hat die Regierung entschieden.", "Vor drei Tagen", "2026-01-05"),
        ("de", "Nächste Woche beginnt der Prozess.", "Woche", "2026-W03"),
        ("fr", "La semaine dernière, le gouvernement a décidé.", "semaine dernière", "2026-W01"),
        ("fr", "Il y a deux jours, le gouvernement a décidé.", "Il y a deux jours", "2026-01-06"),
        ("es", "La semana pasada el gobierno decidió.", "semana pasada", "2026-W01"),
        ("it", "Due giorni fa il governo ha deciso.", "giorni fa", "2026-01-06"),
    ],
)
def test_relative_expressions(lang: str, text: str, needle: str, value: str) -> None:
    assert one(text, lang, needle).value == value


def test_anaphoric_expressions_count_from_the_time_mentioned_last() -> None:
    text = "On 10 March 2025 the talks began. The day before, the envoys had arrived. A year earlier nothing moved."
    assert one(text, "en", "day before").value == "2025-03-09"
    assert one(text, "en", "year earlier").value == "2024"
    assert (
        one("Spotkanie odbyło się 10 marca 2025 r. Dzień wcześniej przylecieli.", "pl", "wcześniej").value
        == "2025-03-09"
    )
    assert one("Встреча прошла 10 марта 2025 года. Накануне прилетели послы.", "ru", "Накануне").value == "2025-03-09"


def test_month_takes_its_year_from_tense() -> None:
    december = date(2025, 12, 15)
    assert one("The vote will take place in February.", "en", "February", december).value == "2026-02"
    assert one("The vote took place in February.", "en", "February", december).value == "2025-02"
    assert one("Głosowanie odbędzie się w lutym.", "pl", "lutym", december).value == "2026-02"


# --- durations and sets stay apart from dates ------------------------------------------------------


@pytest.mark.parametrize(
    ("lang", "text", "needle", "type_", "value"),
    [
        ("en", "The ceasefire lasted for three days.", "three days", "DURATION", "P3D"),
        ("en", "He served a two-week suspension.", "two-week", "DURATION", "P2W"),
        ("en", "The talks took five hours.", "five hours", "DURATION", "PT5H"),
        ("en", "The ministers meet every week.", "every week", "SET", "P1W"),
        ("en", "The council meets every Monday.", "every Monday", "SET", "XXXX-WXX-1"),
        ("en", "The figures are published daily.", "daily", "SET", "P1D"),
        ("pl", "Rozmowy trwały trzy dni.", "trzy dni", "DURATION", "P3D"),
        ("pl", "Rada zbiera się co tydzień.", "co tydzień", "SET", "P1W"),
        ("de", "Der Rat tagt jeden Montag.", "jeden Montag", "SET", "XXXX-WXX-1"),
        ("ru", "Совет собирается каждую неделю.", "каждую неделю", "SET", "P1W"),
        ("uk", "Рада збирається щотижня.", "щотижня", "SET", "P1W"),
    ],
)
def test_durations_and_sets(lang: str, text: str, needle: str, type_: str, value: str) -> None:
    found = one(text, lang, needle)
    assert (found.type, found.value) == (type_, value)


def test_ages_are_not_durations() -> None:
    assert values("The 6-year-old boy and a 52-year-old doctor were there.", "en") == {}


def test_modal_may_is_not_a_month() -> None:
    assert values("The government may decide soon, he said.", "en") == {}
    assert one("The election is due in May.", "en", "May").value == "2026-05"


# --- undated articles: nothing invented ------------------------------------------------------------


def test_without_anchor_relatives_stay_unresolved() -> None:
    yesterday = one("Yesterday the army withdrew.", "en", "Yesterday", None)
    assert (yesterday.value, yesterday.anchored, yesterday.relative) == (
        "XXXX-XX-XX",
        False,
        {"unit": "day", "offset": -1},
    )
    week = one("Talks resume next week.", "en", "next week", None)
    assert (week.value, week.anchored, week.relative) == ("XXXX-WXX", False, {"unit": "week", "offset": 1})
    february = one("The war enters its fourth year in February.", "en", "February", None)
    assert (february.value, february.anchored) == ("XXXX-02", False)
    absolute = one("It happened on 5 March 2024.", "en", "March", None)
    assert (absolute.value, absolute.anchored) == ("2024-03-05", True)
    pl = one("Dzień wcześniej przylecieli wysłannicy.", "pl", "Dzień wcześniej", None)
    assert pl.anchored is False and pl.value == "XXXX-XX-XX"


def test_anchor_uses_the_local_day_of_the_publication_time() -> None:
    # 00:30 on 8 January in Warsaw is still 7 January in UTC: "yesterday" is the 7th, not the 6th
    early = datetime(2026, 1, 8, 0, 30, tzinfo=ZoneInfo("Europe/Warsaw"))
    assert one("Wczoraj rząd przyjął projekt.", "pl", "Wczoraj", early).value == "2026-01-07"


def test_language_without_data_still_finds_numeric_dates() -> None:
    assert values("Signed 2026-01-07, effective 15.02.2026.", "xx") == {
        "2026-01-07": "2026-01-07",
        "15.02.2026": "2026-02-15",
    }


# --- invariants ------------------------------------------------------------------------------------

WORDS = st.sampled_from(
    [
        "on",
        "Thursday",
        "w",
        "środę",
        "7",
        "stycznia",
        "2026",
        "last",
        "week",
        "two",
        "days",
        "ago",
        "вчера",
        "у",
        "середу",
        "3/4/2026",
        "every",
        "Monday",
        "dzień",
        "wcześniej",
        "next",
        "month",
        "the",
        "day",
        "before",
        "May",
        "may",
        "in",
        "February",
        ",",
        ".",
        "10:30",
        "a.m.",
        "minulého",
        "тижня",
        "year-earlier",
        "quarter",
    ]
)


@settings(max_examples=150, deadline=None)
@given(
    words=st.lists(WORDS, max_size=14), lang=st.sampled_from(["en", "pl", "ru", "uk", "de", None]), dated=st.booleans()
)
@example(words=["10:30", "on", "3/4/2026"], lang="en", dated=False)  # a clock on a written date is no longer relative
def test_spans_point_at_their_words_and_normalising_twice_changes_nothing(
    words: list[str], lang: str | None, dated: bool
) -> None:
    text = " ".join(words)
    anchor = THURSDAY if dated else None
    first = find_time_expressions(text, lang, anchor)
    assert first == find_time_expressions(text, lang, anchor)
    previous_end = 0
    for e in first:
        assert text[e.start : e.end] == e.text and e.text.strip() == e.text and e.text
        assert e.start >= previous_end  # no overlaps
        previous_end = e.end
        assert e.type in ("DATE", "TIME", "DURATION", "SET")
        if e.anchored and e.type in ("DATE", "TIME"):
            assert "X" not in e.value
        if not dated and e.type in ("DATE", "TIME") and e.relative is not None:
            assert not e.anchored


def test_stage_writes_the_timex_layer() -> None:
    text = "Rozmowy odbyły się w środę. Dzień wcześniej przylecieli wysłannicy."
    article = Article(text=text, language="pl", published=Timestamp(datetime(2026, 1, 8, 21, 58, tzinfo=UTC)))
    article.set_layer("sentence", [Span(0, 27, "sentence"), Span(28, len(text), "sentence")])
    timex_stage(article)
    spans = article.spans("timex")
    assert [s.attrs["value"] for s in spans] == ["2026-01-07", "2026-01-06"]
    assert spans[0].attrs == {"type": "DATE", "value": "2026-01-07", "anchored": True, "granularity": "day"}


SAMPLES = {
    "en": "Late on Thursday, two days ago, the third quarter of 1998, every Monday, 10:30 a.m., the 1990s, year-ago.",
    "pl": "W środę, 7 stycznia 2026 r., dwa dni temu, w przyszłym tygodniu, co tydzień, o godz. 10.30, w latach 90.",
    "de": "Am Montag, 7. Januar 2026, vor drei Tagen, nächste Woche, jeden Montag, um 10.30 Uhr, im Vorjahr.",
    "fr": "Mardi 7 janvier 2026, il y a deux jours, la semaine dernière, chaque semaine, à 14h30, la veille.",
    "es": "El martes 7 de enero de 2026, hace dos días, la semana pasada, cada lunes, anoche, en los años 1990.",
    "it": "Martedì 7 gennaio 2026, due giorni fa, la settimana scorsa, ogni lunedì, ieri sera, gli anni 1990.",
    "ru": "В среду, 7 января 2026 года, два дня назад, на прошлой неделе, каждую неделю, в 14:30, накануне.",
    "uk": "У середу, 7 січня 2026 року, два дні тому, минулого тижня, щотижня, о 14:30, напередодні.",
    "cs": "Ve středu 7. ledna 2026, před dvěma dny, minulý týden, každý den, v 10:30, o den dříve.",
    "bg": "В сряда, 7 януари 2026 г., преди два дни, миналата седмица, всеки ден, в 10:30, на следващия ден.",
    "sl": "V sredo, 7. januarja 2026, pred dvema dnevoma, prejšnji teden, vsak dan, ob 10:30, dan prej.",
}


@pytest.mark.parametrize("lang", sorted(SAMPLES))
def test_trying_shapes_only_at_start_words_misses_nothing(lang: str) -> None:
    from storyline.timex.grammar import grammar_for

    grammar = grammar_for(lang)
    text = SAMPLES[lang]
    tried = set(grammar.candidates(text))
    everywhere = {(name, m.start()) for name, p in grammar.patterns.items() for m in p.finditer(text)}
    assert everywhere <= tried
    assert len(find_time_expressions(text, lang, THURSDAY)) >= 5


def test_bad_input_is_a_clear_error() -> None:
    from storyline.errors import StorylineError

    with pytest.raises(StorylineError, match="decode bytes"):
        find_time_expressions(b"on Monday", "en", THURSDAY)  # type: ignore[arg-type]
    with pytest.raises(StorylineError, match="not a date"):
        find_time_expressions("on Monday", "en", "2026-01-08")  # type: ignore[arg-type]


def test_words_that_only_look_like_times_are_skipped() -> None:
    assert values("Le président a été reçu par le ministre.", "fr") == {}
    assert one("Il partira en été.", "fr", "été").value == "2026-SU"
    assert values("Protesters of the Arab Spring gathered.", "en") == {}
    assert values("Stock markets continue to fall as the group began to fall apart.", "en") == {}
    assert one("Elections are due in the fall.", "en", "fall").value == "2026-FA"
    assert values("Una mujer de 30 años fue detenida.", "es") == {}
    assert one("Mubarak gobernó durante 30 años.", "es", "30 años").value == "P30Y"


@pytest.mark.parametrize(
    ("lang", "text", "needle", "value"),
    [
        # the reporting verb is past, the reported clause looks ahead: the coming weekend (THURSDAY's week)
        ("uk", "Джерела повідомили, що домовленість може бути досягнута вже на вихідних.", "вихідних", "2026-W02-WE"),
        ("ru", "Источники сообщили, что соглашение может быть достигнуто на выходных.", "выходных", "2026-W02-WE"),
        ("pl", "Rzecznik powiedział, że porozumienie zostanie podpisane w piątek.", "piątek", "2026-01-09"),
        ("de", "Der Sprecher sagte, dass die Gespräche am Freitag fortgesetzt werden.", "Freitag", "2026-01-09"),
        # and a past clause stays past
        ("ru", "Источники сообщили, что встреча прошла в среду.", "среду", "2026-01-07"),
        ("pl", "Rzecznik powiedział, że spotkanie odbyło się w środę.", "środę", "2026-01-07"),
    ],
)
def test_a_reported_clause_is_dated_by_its_own_tense(lang: str, text: str, needle: str, value: str) -> None:
    assert one(text, lang, needle).value == value


def test_universal_time_is_written_with_z() -> None:
    assert one("GM filed for bankruptcy at 12:00 UTC Monday.", "en", "12:00").value == "2026-01-05T12:00Z"
    assert one("Der Flug startete um 18:00 UTC.", "de", "18:00").value == "2026-01-08T18:00Z"
    assert one("It landed at 6:40 p.m. (GMT +8).", "en", "6:40").value == "2026-01-08T18:40"


def test_times_off_the_calendar_are_skipped_not_crashing() -> None:
    found = find_time_expressions("Humans settled here 7000 years ago, and 9000 years later.", "en", THURSDAY)
    assert [(e.type, e.value) for e in found] == [("DURATION", "P7000Y"), ("DURATION", "P9000Y")]  # no dates
    assert one("Humans settled here 7000 years ago.", "en", "years", None).value == "XXXX"


@settings(max_examples=200, deadline=None)
@given(
    text=st.lists(
        st.one_of(
            WORDS, st.sampled_from(["7000", "0", "9999", "29", "02", "31/12/9999", "years", "ago"]), st.text(max_size=3)
        ),
        max_size=20,
    ).map(" ".join),
    anchor=st.one_of(st.none(), st.dates()),
    lang=st.sampled_from(["en", "pl", "ru", "fr", None]),
)
def test_any_text_and_any_anchor_never_crash(text: str, anchor: date | None, lang: str | None) -> None:
    for e in find_time_expressions(text, lang, anchor):
        assert 0 <= e.start < e.end <= len(text)


def test_age_words_only_turn_years_into_ages() -> None:
    assert one("La réunion a duré pendant près de quatre heures.", "fr", "heures").value == "PT4H"


def test_numeric_date_order_follows_evidence_in_the_same_text() -> None:
    us = "The deal was signed on 3/4/2026 and ratified on 12/20/2026."
    uk = "The deal was signed on 3/4/2026 and ratified on 20/12/2026."
    assert one(us, "en", "3/4").value == "2026-03-04"
    assert one(uk, "en", "3/4").value == "2026-04-03"  # a British text: day first throughout


def test_thousands_with_dots_are_counts_not_clock_times() -> None:
    ref = datetime(2026, 3, 14, 12, 0, tzinfo=UTC)
    cases = {
        "es": ("Según la policía, 6.000 personas; los organizadores hablan de 20.000 a las 14.30 horas.", "14:30"),
        "de": ("Die Veranstalter sprachen von 4.000. Um 18.30 Uhr begann die Demo.", "18:30"),
        "pl": ("Około 1.500 osób zebrało się o godz. 9.15.", "09:15"),
    }
    for lang, (text, clock) in cases.items():
        found = find_time_expressions(text, lang, ref)
        assert [x.value for x in found] == [f"2026-03-14T{clock}"], (lang, [(x.text, x.value) for x in found])


@pytest.mark.parametrize(
    ("lang", "text", "needle", "value"),
    [
        # Czech l-participles after a consonant or in the plural date a weekday in the past (THURSDAY's eve).
        ("cs", "Ve středu se delegace sešly ve Vídni.", "středu", "2026-01-07"),
        ("cs", "Ve středu ministr řekl, že se situace zlepšuje.", "středu", "2026-01-07"),
        ("cs", "Ve středu se delegace sejdou ve Vídni.", "středu", "2026-01-14"),
        ("cs", "Ve středu se delegace sešly. Den předtím ministr varoval.", "Den předtím", "2026-01-06"),
    ],
)
def test_czech_weekdays_by_tense_and_the_day_before(lang: str, text: str, needle: str, value: str) -> None:
    assert one(text, lang, needle).value == value


def test_since_ago_is_a_duration_in_spanish() -> None:
    found = one("Desde hace tres semanas se negocia en Viena.", "es", "tres semanas")
    assert (found.text, found.value, found.type) == ("Desde hace tres semanas", "P3W", "DURATION")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "would" reports a plan made in the past for a day still ahead: the coming weekday.
        ("The minister said the Commission would present the safeguard clause on Thursday.", "2026-03-26"),
        ("Officials said the talks would resume on Monday in Geneva.", "2026-03-30"),
        # The past stays past: a reporting verb next to the day, or "would have".
        ("The minister said on Thursday that she would resign.", "2026-03-19"),
        ("Officials said the deal would have been signed on Monday had the talks not collapsed.", "2026-03-23"),
    ],
)
def test_would_looks_ahead_from_the_past(text: str, expected: str) -> None:
    wednesday = datetime(2026, 3, 25, 12, 0, tzinfo=UTC)
    found = [e.to_span().attrs["value"] for e in find_time_expressions(text, "en", wednesday)]
    assert found == [expected]


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        # Reported plans: Konjunktiv I / II, French and Spanish conditionals look ahead from the report.
        (
            "de",
            "Der Minister sagte, die Kommission werde am Donnerstag einen Schutzmechanismus vorlegen.",
            "2026-03-26",
        ),
        ("de", "Die Ministerin kündigte an, sie würde die Verbände am Freitag empfangen.", "2026-03-27"),
        ("fr", "La ministre a annoncé qu'elle recevrait les syndicats vendredi à Paris.", "2026-03-27"),
        ("es", "El ministro dijo que la Comisión presentaría el mecanismo el jueves.", "2026-03-26"),
        # Past stays past: the reporting day itself, a reported past ("aurait été"), a noun in -ría.
        ("de", "Der Minister sagte am Montag, er werde zurücktreten.", "2026-03-23"),
        ("fr", "Selon la police, l'homme aurait été arrêté lundi à Lyon.", "2026-03-23"),
        ("es", "La mayoría votó el lunes a favor del acuerdo.", "2026-03-23"),
    ],
)
def test_a_reported_plan_looks_ahead_in_other_languages(lang: str, text: str, expected: str) -> None:
    wednesday = datetime(2026, 3, 25, 12, 0, tzinfo=UTC)
    found = [e.to_span().attrs["value"] for e in find_time_expressions(text, lang, wednesday)]
    assert found == [expected]


def test_the_same_period_is_a_quarter_only_after_a_quarter() -> None:
    anchor = datetime(2025, 11, 21, 18, 0, tzinfo=UTC)
    told = "An attack late on Thursday killed five people. The army intercepted thirty drones in the same period."
    assert [e.to_span().attrs["value"] for e in find_time_expressions(told, "en", anchor)] == ["2025-11-20"]
    results = "Profit rose 8% in the third quarter, against a loss in the same period a year earlier."
    values = [e.to_span().attrs["value"] for e in find_time_expressions(results, "en", anchor)]
    assert values[0] == "2025-Q3" and "2024-Q3" in values, values


def test_a_clock_on_a_day_is_as_relative_as_its_day() -> None:
    """A clock joined to a written date is resolved; joined to a weekday of an undated article it keeps the
    weekday's offset and the part of day ("at 4:00 on Sunday afternoon" is 16:00, not 04:00)."""
    written = find_time_expressions("The vote opened at 10:30 on 3/4/2026.", "en", None)
    assert [(e.text, e.value, e.anchored, e.relative) for e in written] == [
        ("10:30", "2026-03-04T10:30", True, None),
        ("3/4/2026", "2026-03-04", True, None),
    ]
    clock, day = find_time_expressions("They met at 4:00 on Sunday afternoon.", "en", None)
    assert (clock.value, clock.anchored) == ("XXXX-WXX-7T16:00", False)
    assert clock.relative == {"weekday": 7, "direction": -1, "part_of_day": "AF", "time": "16:00"}
    assert day.relative == {"weekday": 7, "direction": -1, "part_of_day": "AF"}
