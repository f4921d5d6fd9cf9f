"""Corpus step "events": dated sentences stored with participants and sources; the timeline CLI."""

from __future__ import annotations

import json
from datetime import date, datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from click.testing import CliRunner

from storyline.cli import cli
from storyline.events import article_events, events_for_articles, events_step, list_events
from storyline.model import Article, DateSource, Span, Timestamp
from storyline.sentences import split_sentences
from storyline.store import open_store
from storyline.timex import timex_stage

WARSAW = ZoneInfo("Europe/Warsaw")


def analysed(text: str, lang: str, published: datetime | None, mentions: list[tuple[str, str]] = ()) -> Article:
    """An article with sentences, timexes and (optionally) mentions of the given surface → lemma."""
    stamp = Timestamp(published, DateSource.MANIFEST) if published else Timestamp()
    article = Article(text=text, raw_text=text, language=lang, published=stamp)
    article.set_layer("sentence", [Span(s, e, "sentence") for s, e in split_sentences(text, lang)])
    spans = []
    for surface, lemma in mentions:
        start = text.index(surface)
        spans.append(Span(start, start + len(surface), "mention", {"type": "PER", "lemma": lemma, "lang": lang}))
    article.set_layer("mention", spans)
    timex_stage(article)
    return article


@pytest.fixture
def polish_seed(seeds_dir: Path) -> Article:
    text = next(seeds_dir.glob("002_*.txt")).read_text(encoding="utf-8")
    return analysed(text, "pl", datetime(2026, 1, 8, 21, 58, tzinfo=WARSAW), [("Dmitriew spotkał", "Kirył Dmitriew")])


def test_polish_seed_events_have_dates_participants_and_sources(polish_seed: Article) -> None:
    events = {e.value: e for e in article_events(polish_seed)}
    meeting = events["2026-01-07"]
    assert "Dmitriew spotkał się" in meeting.sentence
    assert polish_seed.text[meeting.sentence_start : meeting.sentence_end].strip() == meeting.sentence
    assert meeting.participants == ["Kirył Dmitriew"]
    assert "stolicy Francji" in events["2026-01-06"].sentence  # "Dzień wcześniej": the Paris meeting
    visit = events["2026-W03"]
    assert (visit.granularity, visit.date_start, visit.date_end) == ("week", date(2026, 1, 12), date(2026, 1, 18))
    # the header line "date 2026-01-08 Aktualizacja: ... Publikacja: ..." is a dateline, not an event
    assert all("Aktualizacja" not in e.sentence for e in events.values())


def test_undated_article_has_no_events_durations_and_sets_neither() -> None:
    text = "Late on Thursday an attack killed five people. The ceasefire lasted three days. Ministers meet every week."
    assert article_events(analysed(text, "en", None)) == []
    dated = article_events(analysed(text, "en", datetime(2025, 11, 22, 12, tzinfo=WARSAW)))
    assert [e.value for e in dated] == ["2025-11-20"]


def test_events_step_stores_and_reads_back_in_date_order(tmp_path: Path, polish_seed: Article) -> None:
    store = open_store(tmp_path / "events.db")
    english = analysed(
        "On 2 January 2026 the envoys met in Miami. Talks resume next week, officials said.",
        "en",
        datetime(2026, 1, 3, 9, 0, tzinfo=WARSAW),
    )
    for article in (polish_seed, english):
        store.put_article(article)
    events_step(store, [polish_seed.id, english.id])
    events_step(store, [polish_seed.id])  # running again replaces, never duplicates
    stored = events_for_articles(store, [polish_seed.id, english.id])
    assert [e.date_start for e in stored] == sorted(e.date_start for e in stored)
    assert [e.value for e in stored if e.language == "en"] == ["2026-01-02", "2026-W02"]
    assert len([e for e in stored if e.article_id == polish_seed.id]) == len(article_events(polish_seed))
    polish_only = list_events(store, lang="pl", since=date(2026, 1, 7), until=date(2026, 1, 7))
    assert [e.value for e in polish_only] == ["2026-01-07"]
    store.close()


def test_timeline_command_lists_events_as_json_and_text(tmp_path: Path, polish_seed: Article) -> None:
    db = tmp_path / "cli.db"
    store = open_store(db)
    store.put_article(polish_seed)
    events_step(store, [polish_seed.id])
    store.close()
    runner = CliRunner()
    result = runner.invoke(
        cli, ["--db", str(db), "timeline", "--json", "--since", "2026-01-06", "--until", "2026-01-07"]
    )
    assert result.exit_code == 0, result.output
    rows = json.loads(result.output)
    assert [r["date"] for r in rows] == ["2026-01-06", "2026-01-07"]
    assert rows[1]["article_id"] == polish_seed.id and rows[1]["timex_text"].startswith("środę")
    text = runner.invoke(cli, ["--db", str(db), "timeline", "--lang", "pl"])
    assert text.exit_code == 0 and "2026-W03" in text.output and "Dmitriew" in text.output
    bad = runner.invoke(cli, ["--db", str(db), "timeline", "--since", "yesterday"])
    assert bad.exit_code != 0


def test_timeline_says_what_undated_articles_leave_out(tmp_path: Path, polish_seed: Article) -> None:
    # An undated English report: its "Thursday" stays relative, so the timeline cannot place it and says why.
    db = tmp_path / "undated.db"
    store = open_store(db)
    undated = analysed("Late on Thursday the envoys met in Miami. Talks resume next week.", "en", None)
    for article in (polish_seed, undated):
        store.put_article(article)
    events_step(store, [polish_seed.id, undated.id])
    store.close()
    runner = CliRunner()
    both = runner.invoke(cli, ["--db", str(db), "timeline"])
    assert both.exit_code == 0 and "Dmitriew" in both.output
    assert "1 article(s) have no publication date, so 2 relative time(s)" in both.output
    assert "“Thursday”" in both.output and "--manifest" in both.output
    english = runner.invoke(cli, ["--db", str(db), "timeline", "--lang", "en"])
    assert "no dated events" in english.output and "2 relative time(s)" in english.output
    polish = runner.invoke(cli, ["--db", str(db), "timeline", "--lang", "pl"])
    assert "no publication date" not in polish.output  # the Polish article is dated: nothing is left out
    as_json = json.loads(runner.invoke(cli, ["--db", str(db), "timeline", "--json", "--lang", "en"]).output)
    assert as_json == []  # the note goes to stderr; the JSON stays a list of events


def test_timeline_story_filter_uses_the_stories_stage(tmp_path: Path, polish_seed: Article) -> None:
    db = tmp_path / "story.db"
    store = open_store(db)
    store.put_article(polish_seed)
    events_step(store, [polish_seed.id])
    store.close()
    result = CliRunner().invoke(cli, ["--db", str(db), "timeline", "--story", "no-such-story"])
    assert result.exit_code != 0  # an unknown storyline is an error, not an empty timeline


def test_timeline_prints_a_wire_copy_sentence_once(tmp_path: Path) -> None:
    db = tmp_path / "copies.db"
    store = open_store(db)
    text = "On 2 January 2026 the envoys met in Miami to discuss the plan."
    ids = []
    for outlet in ("Wire A", "Wire B"):
        article = analysed(text, "en", datetime(2026, 1, 3, 9, 0, tzinfo=WARSAW))
        article.outlet, article.id = outlet, f"copy-{outlet[-1]}"
        store.put_article(article)
        ids.append(article.id)
    events_step(store, ids)
    store.close()
    runner = CliRunner()
    as_text = runner.invoke(cli, ["--db", str(db), "timeline"])
    assert as_text.exit_code == 0 and as_text.output.count("envoys met in Miami") == 1
    assert "1 identical sentence" in as_text.output
    as_json = json.loads(runner.invoke(cli, ["--db", str(db), "timeline", "--json"]).output)
    assert len(as_json) == 2


def test_a_wire_dateline_is_not_an_event() -> None:
    text = "WASHINGTON, Jan. 7 (Reuters) - The envoys met on Tuesday to discuss the peace plan in detail."
    events = article_events(analysed(text, "en", datetime(2026, 1, 7, 18, 0, tzinfo=WARSAW)))
    assert [e.value for e in events] == ["2026-01-06"]


def test_an_embedded_posts_signature_is_not_an_event() -> None:
    # a French article quoting tweets: each embed ends "— Name (@handle) September 10, 2013"
    text = (
        "Des internautes ont publié des photos de la manifestation mardi.\n"
        "— Nader Hamdi (@nader_h) September 10, 2013\n"
        "— Farah (@farah_x) 7 septembre 2013\n"
        "La police a dispersé la foule le 7 septembre 2013 devant l'ambassade."
    )
    events = article_events(analysed(text, "fr", datetime(2013, 9, 10, 12, 0, tzinfo=WARSAW)))
    assert [(e.value, e.sentence[:9]) for e in events] == [("2013-09-10", "Des inter"), ("2013-09-07", "La police")]


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        # A date the sentence measures from is no event; the sentence's own date still is.
        ("en", "Engineers said on Tuesday the dykes rebuilt after 2002 would hold this time.", ["2026-04-14"]),
        ("en", "Both sides want the text signed before the summer, the negotiators said.", []),
        ("en", "The river rose on Monday to just below the record of 1997 in the old town.", ["2026-04-13"]),
        ("de", "Am Montag stieg der Pegel knapp unter den Rekordstand des Hochwassers von 1997.", ["2026-04-13"]),
        ("de", "Nach dem 7. April wurden die Deiche an der Elbe verstärkt, sagte der Minister.", []),
        ("pl", "We wtorek poziom wody przekroczył rekord powodzi z 1997 roku w Kłodzku.", ["2026-04-14"]),
        ("pl", "Wały zbudowane po 2010 roku wytrzymały napór wody, ocenili eksperci.", []),
        ("fr", "Mardi, les digues ont tenu grâce aux leçons de 1997, selon le préfet de la région.", ["2026-04-14"]),
        ("es", "Los diques construidos después de 2005 resistieron la crecida, según los técnicos.", []),
        (
            "it",
            "Martedì il fiume ha superato il livello dell'alluvione del 1994 a Torino e Alessandria.",
            ["2026-04-14"],
        ),
        ("ru", "После 2014 года дамбы на реке ни разу не ремонтировали, заявил глава района.", []),
        ("uk", "Після 2014 року дамби на річці жодного разу не ремонтували, заявив голова району.", []),
        # A comparison measures against a date ("faster than in September 2024"); a deadline stays an event.
        ("pl", "W piątek woda przybierała szybciej niż we wrześniu 2024 roku, ostrzegł wojewoda.", ["2026-04-10"]),
        ("cs", "V pátek voda stoupala rychleji než v září 2024, varoval hejtman.", ["2026-04-10"]),
        ("en", "On Friday the river rose faster than in September 2024, the governor warned.", ["2026-04-10"]),
        ("en", "Prices rose on Friday, but less than last year, the ministry said.", ["2026-04-10"]),
        ("en", "The ministry said the report would be published no later than Friday.", ["2026-04-17"]),
        # A year or day with no such word before it stays an event.
        ("en", "In 1997 the flood killed 56 people in Poland and the Czech Republic.", ["1997"]),
        ("pl", "W 1997 roku powódź zabiła w Polsce 56 osób, przypomniał wojewoda.", ["1997"]),
    ],
)
def test_a_reference_date_is_no_event(lang: str, text: str, expected: list[str]) -> None:
    events = article_events(analysed(text, lang, datetime(2026, 4, 15, 12, 0, tzinfo=WARSAW)))
    assert [e.value for e in events] == expected


@pytest.mark.parametrize(
    ("lang", "text", "claim"),
    [
        (
            "uk",
            "Олександр Гриценко та Аркадій Волков провели у Відні пряму двосторонню зустріч. Про це в четвер заявила"
            " речниця МЗС Ірина Ковальчук.",
            "провели у Відні пряму двосторонню зустріч",
        ),
        (
            "de",
            "Die Gespräche sollen im April in Genf fortgesetzt werden. Dies teilte ein Sprecher des Ministeriums am"
            " Donnerstag mit.",
            "im April in Genf fortgesetzt",
        ),
    ],
)
def test_a_pointer_sentence_is_dated_with_the_claim_it_attributes(lang: str, text: str, claim: str) -> None:
    # Before: the timeline's 5 March read only "Про це в четвер заявила речниця МЗС Ірина Ковальчук." (the demo)
    from storyline.quotes import quote_stage

    article = analysed(text, lang, datetime(2026, 3, 6, 12, 0, tzinfo=WARSAW))
    quote_stage(article)
    thursday = next(e for e in article_events(article) if e.value == "2026-03-05")
    assert claim in thursday.sentence and thursday.sentence.endswith(("Ковальчук.", "mit."))
    assert article.text[thursday.sentence_start : thursday.sentence_end].strip() == thursday.sentence


def test_claim_sentences_joins_a_pointer_to_its_claim_and_nothing_else() -> None:
    from storyline.events import claim_sentences

    sentences = [(0, 10), (11, 20), (21, 30), (31, 40), (41, 50)]

    def quote(start: int, end: int, cue: int) -> Span:
        return Span(start, end, "quote", {"cue": [cue, cue + 3]})

    assert claim_sentences(sentences, [quote(11, 19, 22)]) == [(0, 10), (11, 30), (31, 40), (41, 50)]
    # joins that touch make one run; a claim three sentences back or one that runs into the cue's sentence do not
    assert claim_sentences(sentences, [quote(0, 9, 12), quote(11, 19, 22)])[0] == (0, 30)
    assert claim_sentences(sentences, [quote(0, 9, 35)]) == sentences
    assert claim_sentences(sentences, [quote(0, 15, 12)]) == sentences
    assert claim_sentences(sentences, [Span(0, 9, "quote", {"cue": None})]) == sentences
