"""Disputed figures and denials: contradictions a report shows itself, in several languages."""

from __future__ import annotations

from datetime import UTC, datetime

from storyline.brief.figures import Dispute, disputes_in, merge_disputes
from storyline.brief.material import Sentence
from storyline.model import Article, Span, Timestamp


def _article(text: str, lang: str, timex: list[tuple[str, str]] = ()) -> Article:  # type: ignore[assignment]
    """An article whose sentences are its lines, with time expressions (surface, value) marked."""
    art = Article(text=text, language=lang, published=Timestamp(datetime(2026, 3, 25, 17, tzinfo=UTC)))
    spans, pos = [], 0
    for line in text.split("\n"):
        spans.append(Span(pos, pos + len(line), "sentence", {}))
        pos += len(line) + 1
    art.set_layer("sentence", spans)
    art.set_layer(
        "timex",
        [
            Span(text.index(surface), text.index(surface) + len(surface), "timex", {"value": value})
            for surface, value in timex
        ],
    )
    return art


def _disputes(art: Article) -> list[Dispute]:
    sents = [Sentence(art, s.start, s.end, k) for k, s in enumerate(art.spans("sentence"))]
    return disputes_in(list(enumerate(sents)))


def test_police_and_organisers_counts_in_consecutive_sentences() -> None:
    """English: police 1,800 tractors, organisers 4,000 tractors (the same counted word) is a dispute."""
    art = _article(
        "Farmers drove tractors into Brussels on Wednesday.\n"
        "Brussels police counted 1,800 tractors and about 7,000 demonstrators.\n"
        "Organisers said 4,000 tractors had taken part.",
        "en",
    )
    (d,) = _disputes(art)
    assert d.members == {1, 2}
    assert d.values == {1800.0, 4000.0}


def test_second_source_in_one_sentence_and_a_time_reading_of_a_count() -> None:
    """German: two sources in one sentence; '4.000' stays a count even where a time tagger read '4.00'."""
    text = "Nach Angaben der Polizei waren rund 1.800 Traktoren im Einsatz; die Veranstalter sprachen von 4.000."
    art = _article(text, "de", timex=[("4.00", "2026-03-25T04:00")])
    (d,) = _disputes(art)
    assert d.values == {1800.0, 4000.0}


def test_counter_figure_cue_and_unrelated_figures() -> None:
    """Spanish: 'elevaron la cifra' gives another source's count; 350 tractors vs 20,000 people is no pair."""
    art = _article(
        "Según la Delegación del Gobierno, participaron unas 6.000 personas y 350 tractores.\n"
        "Los organizadores elevaron la cifra a 20.000 manifestantes.",
        "es",
    )
    (d,) = _disputes(art)
    assert d.values == {6000.0, 20000.0}


def test_no_dispute_without_sources_or_with_different_quantities() -> None:
    """Figures without attribution, or of different things far apart in size, are not disputes."""
    plain = _article("The river rose 3 metres in 12 hours.\nAbout 40 villages were evacuated.", "en")
    assert _disputes(plain) == []
    different = _article(
        "Police said 12 people died in the flood.\nOfficials said 9,000 residents were evacuated.", "en"
    )
    assert _disputes(different) == []
    years = _article("Officials said the dam was built in 1997.\nEngineers said it was repaired in 2004.", "en")
    assert _disputes(years) == []


def test_disputes_of_one_cycle_with_the_same_figures_merge() -> None:
    """Two articles of one day giving 1,800 vs 4,000 are one disputed claim; another day's are not merged."""
    a = Dispute({1, 2}, {1800.0, 4000.0}, "r", "a")
    b = Dispute({7}, {1800.0, 4000.0}, "r", "b")
    c = Dispute({9}, {1800.0, 4000.0}, "r", "c")
    merged = merge_disputes([a, b, c], {"a": 100.0, "b": 101.0, "c": 200.0})
    assert [m.members for m in merged] == [{1, 2, 7}, {9}]


def test_dates_read_as_words_a_reader_knows() -> None:
    from storyline.timex.calendar import when_label

    assert when_label("2026-03-02") == "2 Mar 2026"
    assert when_label("2026-03-02T10:00Z") == "2 Mar 2026, 10:00 UTC"
    assert when_label("2026-W10") == "week of 2 Mar 2026"
    assert when_label("2026-W09-WE") == "weekend of 28 Feb 2026"
    assert when_label("2026-03") == "March 2026"
    assert when_label("2026-Q1") == "Q1 2026"
    assert when_label("2026-WI") == "winter 2026"
    assert when_label("2025") == "2025"
    assert when_label("XXXX-WXX-3") == "XXXX-WXX-3"  # not a complete date: shown as it is


def test_timeline_axis_spans_the_storys_days_with_context_beyond_a_break() -> None:
    """A year named in passing ("last year") must not squeeze a fortnight of events into one end."""
    import itertools
    import re

    from storyline.brief.html import _timeline_svg

    def event(value: str, start: str, granularity: str) -> dict:
        return {"date": value, "start": start, "granularity": granularity, "statements": [{"also": []}]}

    events = [event("2025", "2025-01-01", "year")] + [
        event(f"2026-03-{d:02d}", f"2026-03-{d:02d}", "day") for d in (2, 5, 9, 14)
    ]
    svg = _timeline_svg(events)
    xs = [float(x) for x in re.findall(r'<circle cx="([\d.]+)"', svg)]
    assert len(xs) == 5 and xs == sorted(xs)
    days = xs[1:]
    assert days[-1] - days[0] > 300  # the story's days use most of the axis (a sliver of 17 px before)
    assert "stroke-dasharray" in svg  # the break before the earlier context
    assert 'fill="#fff"' in svg  # the coarse year is drawn hollow
    assert ">2 Mar 2026</text>" in svg and ">2025</text>" in svg
    labels = [(float(x), int(y), t) for x, y, t in re.findall(r'<text x="([\d.]+)" y="(\d+)"[^>]*>([^<]+)<', svg)]
    for row in {y for _x, y, _t in labels}:
        on_row = [(x, t) for x, y, t in labels if y == row]
        for (xa, ta), (xb, tb) in itertools.pairwise(on_row):  # labels on one row never overlap
            assert xb - 3.4 * len(tb) > xa + 3.4 * len(ta), (ta, tb)


def test_numbers_of_time_expressions_are_no_conflicting_figures() -> None:
    """Spanish, CL-TLS: a 30-year rule against a 74-year-old, two clock times of a live blog: no contradiction;
    two death tolls of one day still differ."""
    from storyline.brief.claims import conflict_between

    art = _article(
        "La dictadura de 30 años de Mubarak nombró vicepresidente a Omar Suleiman.\n"
        "Mubarak nombró vicepresidente a Omar Soleiman (74 años), su jefe de inteligencia.\n"
        "El anuncio llegó poco después de las 18.00 hora local, desde Sharm el Sheij.\n"
        "15.33 h: el anuncio llegó desde Sharm el Sheij.\n"
        "Al menos 29 personas han muerto el martes en El Cairo.\n"
        "En El Cairo han muerto 16 personas el martes.",
        "es",
        [
            ("30 años", "P30Y"),
            ("las 18.00", "2026-03-25T18:00"),
            ("15.33 h", "2026-03-25T15:33"),
            ("el martes", "2026-03-24"),
        ],
    )
    s = [Sentence(art, sp.start, sp.end, k) for k, sp in enumerate(art.spans("sentence"))]
    assert conflict_between(s[0], s[1]) is None
    assert conflict_between(s[2], s[3]) is None
    assert conflict_between(s[4], s[5]) == "numbers differ: 29 vs 16"


def test_a_claims_sourcing_names_what_kind_of_source_speaks() -> None:
    """A protester's banner (nobody named) had been sourced 'official statement', like every quotation; a named
    person is a named source, an institution an official statement, an unnamed one an anonymous source."""
    from storyline.brief.claims import sourcing_of

    art = _article(
        '"El Ejército tiene que elegir entre Egipto y Mubarak", advierte una pancarta.\n'
        '"La libertad de expresión está garantizada", ha asegurado el portavoz de las Fuerzas Armadas.\n'
        '"Nos quedaremos en la plaza", dijo Ahmed Maher.\n'
        '"Los tanques no dispararán", dijo un oficial que pidió el anonimato.',
        "es",
    )
    sents = [Sentence(art, sp.start, sp.end, k) for k, sp in enumerate(art.spans("sentence"))]
    speakers = [
        {"speaker": None, "speaker_label": None, "source_kind": "anonymous"},
        {"speaker": [60, 90], "speaker_label": "Fuerzas Armadas", "source_kind": "institution"},
        {"speaker": [120, 131], "speaker_label": "Ahmed Maher", "source_kind": "person"},
        {"speaker": None, "speaker_label": "un oficial", "source_kind": "anonymous"},
    ]
    art.set_layer("quote", [Span(s.start, s.end, "quote", attrs) for s, attrs in zip(sents, speakers, strict=True)])
    assert [sourcing_of(s) for s in sents] == [
        [],
        ["official statement"],
        ["named source"],
        ["anonymous source"],
    ]
