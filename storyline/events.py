"""Corpus step "events": sentences that report something at a resolved time become dated events.

An event is one sentence plus one of its time expressions: a DATE or TIME that resolved to a
calendar value (not a duration, a set, a vague `PAST_REF`, a bare dateline, a reference point the sentence
measures from: "after 1997", "the flood of 1997", nor a date that is no news: the page's publication line, a
citation "(Feltrinelli, 2011)", a banner in capitals, one end of a period "(1956-1970)"). It carries the
covered day range, the participants (entity ids where the entities step linked the sentence's
mentions, else their lemmas) and its source span. Rows live in the `events` table
(migration 0004_events.sql); `events_for_articles` and `list_events` read them back for timelines
and briefings.
"""

from __future__ import annotations

import json
import re
from bisect import bisect_right
from dataclasses import dataclass, field
from datetime import date
from functools import cache
from itertools import pairwise
from typing import TYPE_CHECKING, Any

from storyline.langs import language_data
from storyline.model import Article, Span
from storyline.pipeline import corpus_step
from storyline.timex.calendar import value_range

if TYPE_CHECKING:
    from storyline.store import Store

# Granularities too coarse to place an event on a timeline ("the 1990s", "the 20th century").
EVENT_GRANULARITIES = frozenset({"day", "weekend", "week", "month", "quarter", "half", "season", "year"})
# A sentence with fewer words than this besides its date is a dateline or caption, not a report.
MIN_EVENT_WORDS = 4
_WORD = re.compile(r"\w+")
# Sentences back a pointer sentence ("Про це заявила …", "Dies sagte …") may reach for the claim it attributes.
POINTED_SENTENCES = 2
# A wire dateline: a date near the top of the text followed by an agency tag and/or a dash.
DATELINE_REACH = 80
DATELINE_END = re.compile(r"[ ,]*(?:\d{4}\s*)?(?:\([^()\n]{1,30}\)\s*)?[-—–_:]\s")
# The signature line of an embedded post ("— Nader (@DarthNader) September 10, 2013"): when it was posted,
# not something that happened.
EMBED_SIGNATURE = re.compile(r"\s*[—–-]\s*[^\n]{1,80}?\(@\w{1,30}\)")
# Characters before a date read for its page's label ("Questo articolo è stato pubblicato il 12 aprile 2012 alle ore ").
PAGE_DATE_REACH = 90
# A citation's date closing a bracket after its source: "(Feltrinelli, 2011)", "(Le Scienze, 23 gennaio 2004)",
# "(Reggio Calabria, 6 giugno 1956)" (a birth place and day). When a book came out or a person was born, not news.
CITATION_OPEN = re.compile(r"\([^()\n]{1,60},\s*$")
CITATION_CLOSE = re.compile(r"\s*\)")
# A cited item's line, "Source, date: title" ("Global Voices Online, 7 oct, 2011: Yemen: Festejos por …"): the
# line before the date is a capitalised name and a comma (and at most a short day-month left unparsed).
CITED_LINE_BEFORE = re.compile(r"^[ \t]*[^\W\d_][^\n,.:;!?]{1,40},(?:[^\n,.:;!?]{1,12},)?[ \t]*$")
CITED_LINE_AFTER = re.compile(r"[ \t]*:\s")
# A time in brackets right after another, closing the bracket: the same moment in another clock ("jusqu'à mardi 2
# juillet à 17H00 (15H00 GMT)", "las 15:30 hora local (21:30 hora española)"), not a second event; a zone's word or
# two may stand around the bracket.
SAME_MOMENT_BEFORE = re.compile(r"(?:\s*[^\W\d_]+){0,2}\s*\(\s*")
SAME_MOMENT_AFTER = re.compile(r"(?:\s*[^\W\d_]+){0,2}\s*\)")
# A year right after another joined by a dash is one end of a period ("Pendant son mandat (1956-1970, …)").
YEAR_VALUE = re.compile(r"\d{4}")
PERIOD_DASH = re.compile(r"\s*[-–—]\s*")

# A page's time stamp: when something was posted, updated or commented, not what happened ("Posted by : Ann |
# September 24 , 2008 4:14 PM | Report abuse", "1:24 pm ET February 11 , 2013 RETWEET", "Publié le 12/02/2011 à
# 18:05", "At 4:01 pm on 24 Jun 2009 , Ann wrote :"). A stamp's date and clock may be two time expressions joined by
# separators and one short word ("February 1 , 2011 at 5:17 pm", "19 août, 2013 - 11:44"), or two with a comma or
# a dash ("22:29 UK time , Wednesday , 13 January 2010", the same moment in another zone: "Update 3:59 p.m. in
# Cairo , 8:59 ET"); "18:05 Rada we wtorek …" is a stamp and the report after it.
_GAP = r"[^\w\n|.!?]*"
_SHORT = r"\w{1,5}(?!\w)"  # a short word, whole: "updated" is no two short words
STAMP_GLUE = re.compile(rf"{_GAP}(?:{_SHORT}{_GAP})?|(?=[^,/–—-]*[,/–—-]){_GAP}{_SHORT}{_GAP}{_SHORT}{_GAP}")
# A "|" separated metadata field holds the stamp: a "|" before it with at most one word between (a weekday, "le"),
# or right after it (at most a zone between): "WASHINGTON | Sun May 2 , 2010 9:05 am EDT", "16 août 2013 14h32 |".
STAMP_PIPE_BEFORE = re.compile(r"\|[^\w\n|]*(?:\w{1,12}[^\w\n|]*)?$")
STAMP_PIPE_AFTER = re.compile(r"[^\w\n|.!?]*(?:\w{1,4}\.?[^\w\n|.!?]*)?\|")
# How far before a stamp its label or "|" is looked for, within its line.
STAMP_REACH = 120
# Where a stamp's label may open it: a line's or sentence's start, after "|", a dash or a bracket.
STAMP_LABEL_OPEN = r"(?:^|[.!?]\s|[|—–(\[•·]|-LRB-|\s-\s)\s*"
# Between a label and its date: at most two short words and a colon ("Posted on", "Publié le", "Aggiornato alle").
STAMP_LABEL_GAP = r"(?:\s+\w{1,5}){0,2}\s*:?\s*$"
# How far after a stamp the byline verb of a comment may stand (", U13900240 wrote :"); a comment's stamp has a clock
# ("Le Figaro du 25 juillet, Jean-Louis Harrouel a écrit :" cites a day's article: it stays an event).
STAMP_WROTE_REACH = 40
STAMP_CLOCK = re.compile(r"T\d{2}:\d{2}")
# Characters that separate a stamp from the page's furniture after it ("— mis à jour le", "| Reply").
STAMP_SEPARATORS = "|—–·•-"


@dataclass(frozen=True)
class Event:
    """A dated event: what a sentence reports, when (value + day range), who, and where it was said."""

    article_id: str
    value: str  # TIMEX3 value: 2026-01-07, 2026-W03, 2026-01 ...
    granularity: str
    date_start: date
    date_end: date
    sentence_start: int
    sentence_end: int
    timex_start: int
    timex_end: int
    timex_text: str
    sentence: str
    participants: list[str] = field(default_factory=list)
    language: str | None = None

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready form."""
        return {
            "article_id": self.article_id,
            "date": self.value,
            "granularity": self.granularity,
            "date_start": self.date_start.isoformat(),
            "date_end": self.date_end.isoformat(),
            "sentence": [self.sentence_start, self.sentence_end],
            "timex": [self.timex_start, self.timex_end],
            "timex_text": self.timex_text,
            "text": self.sentence,
            "participants": self.participants,
            "language": self.language,
        }


def _sentence_spans(article: Article) -> list[tuple[int, int]]:
    spans = [(s.start, s.end) for s in article.sentences]
    if spans:
        return spans
    from storyline.sentences import split_sentences

    return split_sentences(article.text, article.language)


def _timexes(article: Article) -> list[Span]:
    if "timex" in article.layers:
        return article.spans("timex")
    from storyline.timex import find_time_expressions

    return [e.to_span() for e in find_time_expressions(article.text, article.language, article.published.value)]


def _participants(mentions: list[Span], start: int, end: int) -> list[str]:
    found: list[str] = []
    for m in mentions:
        if m.start >= start and m.end <= end:
            key = m.attrs.get("entity_id") or m.attrs.get("lemma")
            if key and key not in found:
                found.append(str(key))
    return found


@cache
def _reference_patterns(lang: str) -> tuple[re.Pattern[str] | None, re.Pattern[str] | None]:
    data = language_data(lang, "timex")
    ref, year_of = (getattr(data, name, None) for name in ("EVENT_REFERENCE_BEFORE", "EVENT_YEAR_OF_BEFORE"))
    return (re.compile(ref, re.IGNORECASE) if ref else None, re.compile(year_of, re.IGNORECASE) if year_of else None)


@cache
def _lang_pattern(lang: str, name: str) -> re.Pattern[str] | None:
    """A per-language pattern of `langs/<iso>/timex.py` (case as written: a page's labels are capitalised)."""
    pattern = getattr(language_data(lang, "timex"), name, None)
    return re.compile(pattern) if pattern else None


def is_page_date(article: Article, timex: Span) -> bool:
    """A date that is no news of the article: its page's publication line ("Publié le 24 septembre 2012 à 12h40 -
    Mis à jour le …", "Questo contenuto è stato inserito il Dicembre 30, 2012 ore 12:43 pm"), a citation
    ("(Feltrinelli, 2011)", "(cfr. AsiaNews 12/10/2011 …", "Global Voices Online, 7 oct, 2011: …")."""
    text, lang = article.text, article.language or ""
    before = text[max(0, timex.start - PAGE_DATE_REACH) : timex.start]
    published = _lang_pattern(lang, "EVENT_PUBLISHED_BEFORE")
    if published is not None and published.search(before):
        return True
    if CITATION_OPEN.search(before) and CITATION_CLOSE.match(text, timex.end):
        return True
    cited = _lang_pattern(lang, "EVENT_CITATION_BEFORE")
    if cited is not None and cited.search(before):
        return True
    line = text[text.rfind("\n", 0, timex.start) + 1 : timex.start]
    return CITED_LINE_BEFORE.match(line) is not None and CITED_LINE_AFTER.match(text, timex.end) is not None


def _words(words: list[str]) -> str:
    return "|".join(
        r"\s+".join(re.escape(w) for w in phrase.split()) for phrase in sorted(words, key=len, reverse=True)
    )


def _sources(sources: tuple[str, ...], words: list[str]) -> str:
    """Regex sources of the language data and plain words as one alternation, a space standing for any spaces."""
    phrases = [r"\s+".join(re.escape(w) for w in phrase.split()) for phrase in words]
    return "|".join([*(s.replace(" ", r"\s+") for s in sources), *phrases])


@cache
def _stamp_patterns(lang: str) -> tuple[re.Pattern[str] | None, re.Pattern[str] | None, re.Pattern[str] | None]:
    """The language's stamp label (before the date), furniture mark and comment byline verb (after it). The labels
    are the publication lines' (`PUBLISHED_LABELS`, `UPDATED_LABELS` of langs/<iso>/clean.py) and the stamp's own
    (`STAMP_LABELS`). Furniture is matched as written: a capitalised button ("Report abuse", "RETWEET") may follow
    the stamp directly, any button, update label or own label after a separator ("— mis à jour le …"); "pour
    répondre" in a sentence is no "Répondre" button."""
    data, page = language_data(lang, "timex"), language_data(lang, "clean")
    own, marks, wrote = (getattr(data, name, None) or [] for name in ("STAMP_LABELS", "STAMP_MARKS", "STAMP_WROTE"))
    published, updated = (tuple(getattr(page, name, ())) for name in ("PUBLISHED_LABELS", "UPDATED_LABELS"))
    labels = _sources(published + updated, own)
    label = (
        re.compile(STAMP_LABEL_OPEN + f"(?:{labels})" + STAMP_LABEL_GAP, re.IGNORECASE | re.MULTILINE)
        if labels
        else None
    )
    fields = _sources(updated, [*own, *marks])
    mark = None
    if fields:
        capitalised = [m for m in marks if m[:1].isupper()]
        after_separator = rf"\s*[{STAMP_SEPARATORS}]\s*(?:{fields})(?!\w)"
        mark = re.compile(after_separator + (rf"|\s+(?:{_words(capitalised)})(?!\w)" if capitalised else ""))
    byline = (
        re.compile(
            rf"[^\n.!?|]{{0,{STAMP_WROTE_REACH}}}?,\s*\S+(?:\s+\S+){{0,3}}?\s+(?:{_words(wrote)})\s*:", re.IGNORECASE
        )
        if wrote
        else None
    )
    return label, mark, byline


def _stamp_stretch(text: str, ordered: list[Span], i: int) -> list[Span]:
    """The run of time expressions around the i-th that a stamp's date and clock make (`STAMP_GLUE`: "February 1 ,
    2011 at 5:17 pm")."""
    first = last = i
    while first > 0 and STAMP_GLUE.fullmatch(text, ordered[first - 1].end, ordered[first].start):
        first -= 1
    while last + 1 < len(ordered) and STAMP_GLUE.fullmatch(text, ordered[last].end, ordered[last + 1].start):
        last += 1
    return ordered[first : last + 1]


def stamp_starts(article: Article, timexes: list[Span]) -> set[int]:
    """Starts of the time expressions that stamp when the page or a comment was posted, updated or retweeted, not
    what happened: in a "|" separated metadata field, after a publication label of the language (clean.py's
    "Posted", "Publié le", "Aktualizacja:", "Опубликовано", the stamp's own "Update", "Posté"), before its furniture
    (`STAMP_MARKS`: "| Report abuse", "RETWEET"; "— mis à jour") or before a comment's byline (", Ann wrote :",
    `STAMP_WROTE`)."""
    text, lang = article.text, article.language or ""
    label, mark, wrote = _stamp_patterns(lang)
    ordered = sorted(timexes, key=lambda t: t.start)
    found: set[int] = set()
    for i, tx in enumerate(ordered):
        stretch = _stamp_stretch(text, ordered, i)
        start, end = stretch[0].start, stretch[-1].end
        clocked = any(STAMP_CLOCK.search(str(t.attrs.get("value", ""))) for t in stretch)
        line = max(text.rfind("\n", 0, start) + 1, start - STAMP_REACH)
        if (
            STAMP_PIPE_BEFORE.search(text, line, start)
            or STAMP_PIPE_AFTER.match(text, end)
            or (label is not None and label.search(text, line, start))
            or (mark is not None and mark.match(text, end))
            or (wrote is not None and clocked and wrote.match(text, end))
        ):
            found.add(tx.start)
    return found


def _period_ends(article: Article, timexes: list[Span]) -> set[int]:
    """Starts of the years that are the ends of a period, not two events: "(1956-1970, …)", "Entre 1979 et 1995, il
    a gravi tous les échelons", "tra il 2008 e il 2010" (the language's `EVENT_PERIOD_OPEN` … `EVENT_PERIOD_LINK`)."""
    lang = article.language or ""
    opener, link = _lang_pattern(lang, "EVENT_PERIOD_OPEN"), _lang_pattern(lang, "EVENT_PERIOD_LINK")
    years = sorted((t for t in timexes if YEAR_VALUE.fullmatch(str(t.attrs.get("value", "")))), key=lambda t: t.start)
    ends: set[int] = set()
    text = article.text
    for first, second in pairwise(years):
        between = text[first.end : second.start]
        if PERIOD_DASH.fullmatch(between) or (
            opener is not None
            and link is not None
            and link.fullmatch(between)
            and opener.search(text, max(0, first.start - 24), first.start)
        ):
            ends |= {first.start, second.start}
    return ends


def _restated_times(text: str, timexes: list[Span]) -> set[int]:
    """Starts of the times that restate the one right before them in brackets: "à 17H00 (15H00 GMT)"."""
    ordered = sorted(timexes, key=lambda t: t.start)
    return {
        second.start
        for first, second in pairwise(ordered)
        if first.attrs.get("type") == "TIME"
        and second.attrs.get("type") == "TIME"
        and SAME_MOMENT_BEFORE.fullmatch(text, first.end, second.start)
        and SAME_MOMENT_AFTER.match(text, second.end)
    }


def is_banner(text: str) -> bool:
    """A sentence written all in capitals: a page's banner ("GRAZIE PER AVER GIÀ LETTO XX ARTICOLI QUESTO MESE")."""
    cased = [c for c in text if c.lower() != c.upper()]
    return len(_WORD.findall(text)) >= MIN_EVENT_WORDS and bool(cased) and all(c.isupper() for c in cased)


def is_reference_point(article: Article, timex: Span, granularity: str) -> bool:
    """A date the sentence measures from, not when its news happened: "rebuilt after 1997", "before Monday's
    vote", "the record of the 1997 flood" (a bare year after "of" names an earlier happening)."""
    ref, year_of = _reference_patterns(article.language or "")
    before = article.text[max(0, timex.start - 30) : timex.start]
    if ref is not None and ref.search(before):
        return True
    return granularity == "year" and year_of is not None and year_of.search(before) is not None


def claim_sentences(sentences: list[tuple[int, int]], quotes: list[Span]) -> list[tuple[int, int]]:
    """The sentences, each pointer sentence joined to the claim before it that it attributes ("… провели у Відні
    пряму двосторонню зустріч. Про це в четвер заявила речниця МЗС Ірина Ковальчук.", "Dies teilte ein Sprecher am
    Montag mit."): told that day is the claim, not the words "about this", and alone the pointer reads as nothing.
    The briefing's sentences (brief/material.py) are joined the same way."""
    starts = [a for a, _ in sentences]

    def index_of(pos: int) -> int | None:
        i = bisect_right(starts, pos) - 1
        return i if i >= 0 and pos < sentences[i][1] else None

    reach = list(range(len(sentences)))  # reach[i]: the last sentence joined to sentence i
    for q in quotes:
        cue = q.attrs.get("cue")
        here = index_of(cue[0]) if cue else None
        first = index_of(q.start)
        if (
            here is not None
            and first is not None
            and 0 < here - first <= POINTED_SENTENCES
            and q.end <= sentences[here][0]
        ):
            reach[first] = max(reach[first], here)
    joined: list[tuple[int, int]] = []
    i = 0
    while i < len(sentences):
        last = reach[i]
        k = i
        while k < last:  # a join inside the joined run reaches on
            k += 1
            last = max(last, reach[k])
        joined.append((sentences[i][0], sentences[last][1]))
        i = last + 1
    return joined


def _words_outside_timexes(text: str, start: int, end: int, timexes: list[Span]) -> int:
    inside = [(t.start, t.end) for t in timexes if t.start < end and t.end > start]
    return sum(1 for w in _WORD.finditer(text, start, end) if not any(s <= w.start() < e for s, e in inside))


def article_events(article: Article, mentions: list[Span] | None = None) -> list[Event]:
    """The dated events of one analysed article (its `timex`, `sentence` and `mention` layers)."""
    mentions = article.spans("mention") if mentions is None else mentions
    sentences = claim_sentences(_sentence_spans(article), article.spans("quote"))
    events: list[Event] = []
    seen: set[tuple[int, str]] = set()
    timexes = _timexes(article)
    period_ends = _period_ends(article, timexes)
    restated = _restated_times(article.text, timexes)
    stamps = stamp_starts(article, timexes)
    for tx in timexes:
        attrs = tx.attrs
        if attrs.get("type") not in ("DATE", "TIME") or not attrs.get("anchored"):
            continue
        covered = value_range(str(attrs.get("value", "")))
        if covered is None or covered[2] not in EVENT_GRANULARITIES:
            continue
        sentence = next(((s, e) for s, e in sentences if s <= tx.start < e), None)
        if sentence is None:
            continue
        s_start, s_end = sentence
        text = article.text[s_start:s_end]
        if (
            is_reference_point(article, tx, covered[2])
            or is_page_date(article, tx)
            or tx.start in period_ends
            or tx.start in restated
            or tx.start in stamps
        ):
            continue
        if tx.start < DATELINE_REACH and DATELINE_END.match(article.text, tx.end):
            continue  # "WASHINGTON, Jan. 7 (Reuters) -": where and when it was filed, not what happened
        if EMBED_SIGNATURE.match(text) or is_banner(text):
            continue
        if _words_outside_timexes(article.text, s_start, s_end, timexes) < MIN_EVENT_WORDS:
            continue  # a dateline, header or caption date, not a report of something happening
        if (s_start, attrs["value"]) in seen:
            continue
        seen.add((s_start, attrs["value"]))
        events.append(
            Event(
                article_id=article.id,
                value=str(attrs["value"]),
                granularity=covered[2],
                date_start=covered[0],
                date_end=covered[1],
                sentence_start=s_start,
                sentence_end=s_end,
                timex_start=tx.start,
                timex_end=tx.end,
                timex_text=article.text[tx.start : tx.end],
                sentence=text.strip(),
                participants=_participants(mentions, s_start, s_end),
                language=article.language,
            )
        )
    return _one_event_per_clocked_day(_no_year_before_its_month(article.text, events))


# Most characters between a year and the month after it that it places ("Loni v červnu", "In 2016 in March").
YEAR_TOLD_GAP = 12


def _no_year_before_its_month(text: str, events: list[Event]) -> list[Event]:
    """A year told right before a month, season or day of that year in its sentence ("Last year in June a summit was
    held", "Loni v červnu") dates one event, the finer one (storyline/timex/resolve.py `_period_in_year_before`), not a
    second one over the whole year."""
    dropped = set()
    for e in events:
        if e.granularity != "year":
            continue
        for f in events:
            gap = f.timex_start - e.timex_end
            if (
                f is not e
                and f.sentence_start == e.sentence_start
                and 0 < gap <= YEAR_TOLD_GAP
                and e.date_start <= f.date_start
                and f.date_end <= e.date_end
                and not re.search(r"[^\w\s]", text[e.timex_end : f.timex_start])
            ):
                dropped.add(id(e))
    return [e for e in events if id(e) not in dropped]


_CLOCKED = re.compile(r"T\d{2}:\d{2}")


def _one_event_per_clocked_day(events: list[Event]) -> list[Event]:
    """A sentence's day and its clock are one event, told to the minute at its first clock ("The quake struck at 1653
    local time on Tuesday", "am Dienstag um 9 Uhr", "hier soir à 20h"); the day alone, its part ("hier soir") or a
    second clock of that day in the sentence ("de 16h à 20h") is no second event on that day."""
    kept: list[Event] = []
    clocked: set[tuple[int, date]] = set()
    for e in events:
        if _CLOCKED.search(e.value) and e.granularity == "day":
            clocked.add((e.sentence_start, e.date_start))
    told: set[tuple[int, date]] = set()
    for e in events:
        key = (e.sentence_start, e.date_start)
        if e.granularity == "day" and key in clocked:
            if not _CLOCKED.search(e.value) or key in told:
                continue
            told.add(key)
        kept.append(e)
    return kept


@corpus_step("events")
def events_step(store: Store, article_ids: list[str]) -> None:
    """Find and store the dated events of newly ingested articles (replacing earlier rows for them)."""
    for article in store.iter_articles(article_ids):
        # the stored article comes with every stored layer, the linked mentions included: no second read
        mentions = article.spans("mention")
        events = article_events(article, mentions)
        with store.atomic():
            store.execute("DELETE FROM events WHERE article_id = ?", (article.id,))
            store.executemany(
                "INSERT INTO events (article_id, value, granularity, date_start, date_end, sentence_start, sentence_end,"
                " timex_start, timex_end, timex_text, sentence, participants, language)"
                " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                [
                    (
                        e.article_id,
                        e.value,
                        e.granularity,
                        e.date_start.isoformat(),
                        e.date_end.isoformat(),
                        e.sentence_start,
                        e.sentence_end,
                        e.timex_start,
                        e.timex_end,
                        e.timex_text,
                        e.sentence,
                        json.dumps(e.participants, ensure_ascii=False),
                        e.language,
                    )
                    for e in events
                ],
            )


def _event_from_row(r: dict[str, Any]) -> Event:
    return Event(
        article_id=r["article_id"],
        value=r["value"],
        granularity=r["granularity"],
        date_start=date.fromisoformat(r["date_start"]),
        date_end=date.fromisoformat(r["date_end"]),
        sentence_start=r["sentence_start"],
        sentence_end=r["sentence_end"],
        timex_start=r["timex_start"],
        timex_end=r["timex_end"],
        timex_text=r["timex_text"],
        sentence=r["sentence"],
        participants=json.loads(r["participants"] or "[]"),
        language=r["language"],
    )


_ORDER = " ORDER BY date_start, date_end, article_id, sentence_start, timex_start"


def events_for_articles(store: Store, article_ids: list[str]) -> list[Event]:
    """Stored events of the given articles, in date order."""
    events: list[Event] = []
    ids = list(dict.fromkeys(article_ids))
    for i in range(0, len(ids), 500):  # SQLite caps the number of ? placeholders
        chunk = ids[i : i + 500]
        marks = ",".join("?" * len(chunk))
        events += [
            _event_from_row(r) for r in store.query(f"SELECT * FROM events WHERE article_id IN ({marks})", chunk)
        ]
    return sorted(events, key=lambda e: (e.date_start, e.date_end, e.article_id, e.sentence_start, e.timex_start))


def list_events(
    store: Store,
    *,
    since: date | None = None,
    until: date | None = None,
    lang: str | None = None,
    article_ids: list[str] | None = None,
) -> list[Event]:
    """Stored events overlapping [since, until], optionally of one language or some articles, in date order."""
    if article_ids is not None:
        events = events_for_articles(store, article_ids)
    else:
        events = [_event_from_row(r) for r in store.query("SELECT * FROM events" + _ORDER)]
    return [
        e
        for e in events
        if (since is None or e.date_end >= since)
        and (until is None or e.date_start <= until)
        and (lang is None or e.language == lang)
    ]


def timeline_events(
    store: Store,
    *,
    story: str | None = None,
    since: date | None = None,
    until: date | None = None,
    lang: str | None = None,
) -> list[Event]:
    """The events a timeline shows, in date order: those of one storyline (id or unique prefix; `NotFound` for an
    unknown one) or of every article, within [since, until], of one language; not those of lines a page repeats as
    site furniture over days (a teaser's date is no event of the story)."""
    from storyline.furniture import stored_furniture
    from storyline.stories.catalog import articles_of_story

    article_ids = articles_of_story(store, story) if story else None
    events = list_events(store, since=since, until=until, lang=lang, article_ids=article_ids)
    furniture = stored_furniture(store, (e.article_id for e in events)) if events else {}
    return [
        e
        for e in events
        if not any(a <= e.sentence_start and e.sentence_end <= b for a, b in furniture.get(e.article_id, ()))
    ]


@dataclass(frozen=True)
class Unplaced:
    """What a timeline leaves out for want of a date: the undated articles and their relative times."""

    articles: int  # articles without a publication date (originals, not duplicates)
    times: list[str]  # their DATE/TIME expressions that stayed relative ("Thursday", "earlier in the week")


def unplaced_times(store: Store, *, lang: str | None = None, article_ids: list[str] | None = None) -> Unplaced:
    """The undated articles in scope and the time expressions of theirs that no date resolved, which is why a
    timeline cannot place those events (`storyline ingest --manifest` gives articles their dates)."""
    rows = store.query(
        "SELECT a.id, a.language, s.attrs, substr(a.text, CAST(s.start + 1 AS INTEGER), CAST(s.end - s.start AS INTEGER)) AS words FROM articles a "
        "LEFT JOIN spans s ON s.article_id = a.id AND s.layer = 'timex' "
        "WHERE a.published_at IS NULL AND a.duplicate_of IS NULL ORDER BY a.id, s.start"
    )
    wanted = set(article_ids) if article_ids is not None else None
    articles: set[str] = set()
    times: list[str] = []
    for r in rows:
        if (wanted is not None and r["id"] not in wanted) or (lang is not None and r["language"] != lang):
            continue
        articles.add(r["id"])
        attrs = json.loads(r["attrs"]) if r["attrs"] else {}
        if attrs.get("type") in ("DATE", "TIME") and not attrs.get("anchored", True):
            times.append(" ".join(str(r["words"]).split()))
    return Unplaced(len(articles), times)
