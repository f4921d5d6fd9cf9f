"""Reading stories back: the `Story` object, listings, and lookups by article."""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import asdict, dataclass, field
from datetime import datetime
from functools import cache
from typing import Any

import numpy as np

from storyline.clean import _ZONE_OFFSETS
from storyline.errors import NotFound, StorylineError
from storyline.events import STAMP_GLUE
from storyline.furniture import furniture_keys, iso_day, line_key, opening
from storyline.langs import language_data, languages_with
from storyline.sentences import DATELINE
from storyline.store import Store
from storyline.stories.features import lead_of
from storyline.stories.storage import load_features
from storyline.timex.resolve import find_time_expressions


@dataclass
class StoryMember:
    """One article of a story, with how well it fits its storyline."""

    article_id: str
    event_id: str
    similarity: float
    assigned_by: str
    title: str | None
    language: str | None
    outlet: str | None
    published: str | None


@dataclass
class StoryEvent:
    """One happening inside a storyline and the articles covering it."""

    id: str
    first_seen: str | None
    last_seen: str | None
    article_ids: list[str]


@dataclass
class Story:
    """A storyline: its title, languages, outlets, time span, key entities, events and members."""

    id: str
    title: str
    title_language: str | None
    languages: list[str]
    outlets: list[str]
    first_seen: str | None
    last_seen: str | None
    key_entities: list[str]
    events: list[StoryEvent] = field(default_factory=list)
    members: list[StoryMember] = field(default_factory=list)
    locked: bool = False

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready form."""
        return asdict(self)


def story_of_article(store: Store, article_id: str) -> str | None:
    """Id of the storyline an article belongs to (None before the stories step has seen it)."""
    rows = store.query("SELECT storyline_id FROM story_members WHERE article_id = ?", (article_id,))
    return rows[0]["storyline_id"] if rows else None


def event_of_article(store: Store, article_id: str) -> str | None:
    """Id of the event an article belongs to."""
    rows = store.query("SELECT event_id FROM story_members WHERE article_id = ?", (article_id,))
    return rows[0]["event_id"] if rows else None


def articles_of_story(store: Store, story_id: str) -> list[str]:
    """Article ids of a storyline, oldest first; raises `NotFound` for an unknown id."""
    sid = resolve_story_id(store, story_id)
    rows = store.query(
        "SELECT article_id FROM story_members WHERE storyline_id = ? ORDER BY published_at IS NULL, published_at, article_id",
        (sid,),
    )
    return [r["article_id"] for r in rows]


def resolve_story_id(store: Store, story_id: str) -> str:
    """Full id of a storyline from an id or unique prefix (following analyst merges)."""
    rows = store.query(
        "SELECT id, merged_into FROM storylines WHERE id = ? OR id LIKE ? LIMIT 3", (story_id, story_id + "%")
    )
    exact = [r for r in rows if r["id"] == story_id]
    if exact:
        rows = exact
    if len(rows) != 1:
        hint = "it matches several; give more characters" if rows else "list them with `storyline stories`"
        raise NotFound(f"no single story with id {story_id!r}: {hint}")
    row = rows[0]
    return resolve_story_id(store, row["merged_into"]) if row["merged_into"] else str(row["id"])


def _entity_names(store: Store, keys: Counter[str], limit: int) -> list[str]:
    names: list[str] = []
    linked = [k[2:] for k, _ in keys.most_common() if k.startswith("E:") and not k.startswith("E:~")]
    if linked:
        try:
            from storyline.entities import get_entity

            for eid in linked[:limit]:
                try:
                    names.append(str(get_entity(store, eid).name))
                except StorylineError:  # an id the entities tables no longer hold: show it raw
                    names.append(eid)
            return names
        except ImportError:
            return linked[:limit]
    for k, _ in keys.most_common():
        if k.startswith("E:~"):
            names.append(k[3:])
        if len(names) >= limit:
            break
    return names


def get_story(store: Store, story_id: str, lang: str | None = None) -> Story:
    """A storyline with its events and members; the title in `lang` when a member has that language."""
    sid = resolve_story_id(store, story_id)
    srow = store.query("SELECT * FROM storylines WHERE id = ?", (sid,))[0]
    rows = store.query(
        "SELECT m.article_id, m.event_id, m.similarity, m.assigned_by, m.published_at, a.title, a.language, a.outlet, a.text, "
        "a.url "
        "FROM story_members m JOIN articles a ON a.id = m.article_id WHERE m.storyline_id = ? "
        "ORDER BY m.published_at IS NULL, m.published_at, m.article_id",
        (sid,),
    )
    feats = load_features(store, [r["article_id"] for r in rows])
    members = [
        StoryMember(
            r["article_id"],
            r["event_id"],
            r["similarity"],
            r["assigned_by"],
            r["title"],
            r["language"],
            r["outlet"],
            r["published_at"],
        )
        for r in rows
    ]
    events: dict[str, StoryEvent] = {}
    for r in rows:
        ev = events.setdefault(r["event_id"], StoryEvent(r["event_id"], r["published_at"], r["published_at"], []))
        ev.article_ids.append(r["article_id"])
        if r["published_at"]:
            ev.first_seen = min(filter(None, [ev.first_seen, r["published_at"]]))
            ev.last_seen = max(filter(None, [ev.last_seen, r["published_at"]]))
    keys: Counter[str] = Counter()
    for f in feats.values():
        keys.update({k: 1 for k in f.keys})
    title, title_lang = _title(rows, feats, lang)
    return Story(
        id=sid,
        title=title,
        title_language=title_lang,
        languages=sorted({r["language"] for r in rows if r["language"]}),
        outlets=sorted({r["outlet"] for r in rows if r["outlet"]}),
        first_seen=srow["first_seen"],
        last_seen=srow["last_seen"],
        key_entities=_entity_names(store, keys, 8),
        events=sorted(events.values(), key=lambda e: (e.first_seen is None, e.first_seen or "")),
        members=members,
        locked=bool(srow["locked"]),
    )


# How many members nearest the story's centroid an untitled story's title is looked for in: the first whose key
# phrase starts with its news (no byline whose end is unclear before it) gives it.
TITLE_CANDIDATES = 5
# How many of an untitled article's first lines its key phrase may pass over (page stamps alone, corrections,
# share prompts, a line opening with a byline whose end is unclear).
LEAD_LINES = 4
KEY_PHRASE_WORDS = 12
LABEL_WORDS = 4  # a name or site label a stamp leaves: "Денис Давыдов, Валентин Богданов"


def _title(rows: list[dict[str, Any]], feats: dict[str, Any], lang: str | None) -> tuple[str, str | None]:
    """The most representative headline: the member closest to the centroid, in `lang` if possible. Untitled, the
    key phrase of the nearest member whose phrase opens with its news (`_lead_phrase`)."""
    if not rows:
        return "", None
    vecs = [feats[r["article_id"]].vector for r in rows if r["article_id"] in feats]
    centroid = np.sum(vecs, axis=0) if vecs else None
    pool = [r for r in rows if lang and r["language"] == lang] or rows
    titled = [r for r in pool if r["title"]] or pool

    def closeness(r: dict[str, Any]) -> float:
        f = feats.get(r["article_id"])
        return float(f.vector @ centroid) if f is not None and centroid is not None else 0.0

    ranked = sorted(titled, key=closeness, reverse=True)
    best = ranked[0]
    if best["title"]:
        return best["title"], best["language"]
    pages = [(r["text"], r["url"] or r["article_id"], iso_day(r["published_at"])) for r in rows if r["text"]]
    furniture, openings = furniture_keys(pages), furniture_keys(pages, opening)
    phrases = (
        (_lead_phrase(r["text"] or "", furniture, openings, r["language"]), r["language"])
        for r in ranked[:TITLE_CANDIDATES]
    )
    first: tuple[str, str | None] | None = None
    for (phrase, clean), language in phrases:
        if clean:
            return phrase, language
        first = first or (phrase, language)
    return first or ("", best["language"])


def _key_phrase(text: str, furniture: set[str], openings: set[str], lang: str | None = None) -> str:
    """A headline stand-in for an untitled article: its first line that is no site furniture (a teaser of
    another article the site repeats on every page, `storyline.furniture`) and does not open as the story's
    pages keep opening a line ("Este post es parte de nuestra cobertura especial …"), from where its news starts
    (`news_start`: after a page stamp, dateline or byline; a correction note or share prompt is passed over),
    shortened to 12 words."""
    return _lead_phrase(text, furniture, openings, lang)[0]


def _lead_phrase(text: str, furniture: set[str], openings: set[str], lang: str | None) -> tuple[str, bool]:
    """`_key_phrase` and whether it opens with the article's news (False where the lines it passed over opened
    with a byline whose end it could not tell: "by : Phil Keating His name is Jack …")."""
    lines = [ln.strip() for ln in text.splitlines() if ln.strip()]
    kept = [ln for ln in lines if line_key(ln) not in furniture and opening(ln) not in openings]
    first = kept[0] if kept else lines[0] if lines else ""
    clean, passed = True, False
    for line in kept[:LEAD_LINES]:
        start, certain = news_start(line, lang)
        clean = clean and certain
        if certain and start < len(line) and not ((start or passed) and _label_only(line[start:])):
            first = line[start:]
            break
        passed = True
    else:
        clean = False
    words = lead_of(first, KEY_PHRASE_WORDS)
    return words + ("…" if len(first.split()) > KEY_PHRASE_WORDS else ""), clean


def _label_only(rest: str) -> bool:
    """Whether what a page stamp leaves of its line, or the line after a line without news, is a name or a site's
    label, no news: at most `LABEL_WORDS` capitalised words and no full stop ("18.12.2020, 16:47 Дмитрий Минин",
    "Webcafe", "Атанаска Маркова")."""
    words = [w for w in rest.split() if any(ch.isalpha() for ch in w)]
    return 0 < len(words) <= LABEL_WORDS and all(w[0].isupper() for w in words) and rest.rstrip()[-1:] not in ".!?…"


# --- where an untitled article's news starts -------------------------------------------------------------------

# Tokenised corpora (Timeline17's Penn Treebank style) write "WASHINGTON -LRB- Reuters -RRB- -" and "GRAND ISLE ,
# La. --"; written back at the same length (offsets hold) they read as running text's "(Reuters) -", ", La. —", and a
# "|" after a dateline ("WASHINGTON | Fri May 1 , 2009 …") separates it as a dash does.
_AS_WRITTEN: tuple[tuple[str, str], ...] = (
    ("-LRB-", "    ("),
    ("-RRB-", ")    "),
    (" ,", ", "),
    ("--", "——"),
    ("|", "—"),
)
_SEPARATORS = re.compile(r"(?:[\s|;,•·–—/:]|-(?![LR]RB-))*")  # not the "-" of "-LRB-"
# An agency in brackets, a stamp before it or none: "Sat Apr 25 , 2009 12:51 am BST -LRB- Reuters -RRB- - …", "(CNN) -- …".
_AGENCY = re.compile(r"\s*\(\s*[^()\n]{1,20}\)\s*[—–-]{1,2}\s+")
# The agency a dateline's dash leads to, closed by a full stop ("— РИА Новости.", "— Интерфакс."): capitalised words.
_AGENCY_AFTER = re.compile(r"(?:[^\W\d_][\w'’-]*\s){0,2}[^\W\d_][\w'’-]*\.\s+")
DASHES = "—–-"
_FIELD_MARKS = "|;•·"  # a stamp's field separators: "July 29 , 2010 - 8:50 AM |", "Tuesday , … ; 9:06 PM"
# A clock a time expression may leave: "22.51 BST", "08:01:00", "18:14 PM" (no such hour: no time expression).
_SECONDS = re.compile(r"[:.]\d{2}(?!\d)")  # "Sun Jul 29 2012 08:01:00"
_CLOCK = re.compile(r"\d{1,2}[:.h]\d{2}(?:[:.]\d{2})?(?!\d)(?:\s?[AaPp]\.?[Mm]\.?(?!\w))?")
# Most characters between a byline's label and what ends it: the dateline after it ("By Maggie Fox , Health and
# Science Editor WASHINGTON | …"), the closing bracket of a bracketed one ("-LRB- By Frank Polich -- Associated Press
# -RRB-").
BYLINE_REACH = 80
LABELLED_BYLINE_WORDS = 6  # "Автор: Йоша Вебер, Робърт Мюдж" fills its line
PLACE_CHARS = 40  # longest place in capitals before a date and an agency
# A byline's name: up to four capitalised words ("Richard Black"), then a "|" or a dash ends it.
_NAME_END = re.compile(r"(?:[^\W\d_][\w'’.-]*\s+){0,3}[^\W\d_][\w'’.-]*\s*(?:[—–|]|$)")
_LOOSE_NAME = r"(?:\S+\s+){0,4}?"  # words before a desk's word ("the CNN Wire Staff")


def _as_written(line: str) -> str:
    for token, written in _AS_WRITTEN:
        line = line.replace(token, written)
    return line


def _phrases(phrases: list[str]) -> str:
    return "|".join(r"\s+".join(re.escape(w) for w in p.split()) for p in sorted(set(phrases), key=len, reverse=True))


def _alternation(sources: list[str]) -> str:
    return "|".join(f"(?:{s})" for s in sorted(set(sources), key=len, reverse=True)) or r"(?!)"


@dataclass(frozen=True)
class _LeadPatterns:
    """One language's page stamp words, byline and note openings, compiled."""

    label: re.Pattern[str]  # a publication label: "Last updated at", "Publié le", "Update"
    calendar: re.Pattern[str]  # a weekday or zone: "Fri", "GMT", "heure locale"
    button: re.Pattern[str]  # a page button after a stamp, as written: "Help", "Report abuse"
    byline: re.Pattern[str]  # "By", "by :", "Автор:", a bracket may open it
    staff: re.Pattern[str]  # "the CNN Wire Staff"
    note: re.Pattern[str]  # a correction or editor's note, a share prompt


@cache
def _lead_patterns(lang: str | None) -> _LeadPatterns:
    """The language's (every language's when it has no cleaning data) lead patterns: labels of langs/<iso>/clean.py
    (PUBLISHED_LABELS, UPDATED_LABELS, BYLINE_LABELS, BYLINE_STAFF, CORRECTION_OPENINGS, SHARE_PROMPTS, PAGE_BUTTONS)
    and timex.py (STAMP_LABELS, STAMP_MARKS, CLOCK_ZONE), weekdays from CLDR, zones of `storyline.clean`."""
    from babel.dates import get_day_names

    langs = [lang] if lang and language_data(lang, "clean") is not None else list(languages_with("clean"))

    def data(stage: str, name: str) -> list[str]:
        return [w for code in langs for w in getattr(language_data(code, stage), name, None) or ()]

    days = [
        d.rstrip(".")
        for code in langs
        for width in ("wide", "abbreviated")
        for d in get_day_names(width, "format", code).values()
    ]
    zones = data("timex", "CLOCK_ZONE") + [z.upper() for z in _ZONE_OFFSETS if len(z) > 1]
    labels = [*data("clean", "PUBLISHED_LABELS"), *data("clean", "UPDATED_LABELS")]
    own = _phrases(data("timex", "STAMP_LABELS"))
    ignore = re.IGNORECASE
    return _LeadPatterns(
        label=re.compile(rf"(?:{_alternation(labels)}{'|' + own if own else ''})(?!\w)", ignore),
        calendar=re.compile(rf"(?:(?:{_phrases(days)})\.?|{_phrases(zones)})(?!\w)", ignore),
        button=re.compile(rf"(?:{_phrases(data('clean', 'PAGE_BUTTONS') + data('timex', 'STAMP_MARKS'))})(?!\w)"),
        byline=re.compile(
            rf"(?:\s*\(\s*)?(?:{_alternation(data('clean', 'BYLINE_LABELS'))})(?:(?<=:)|(?!\w))\s*:?\s*", ignore
        ),
        staff=re.compile(rf"{_LOOSE_NAME}(?P<desk>{_alternation(data('clean', 'BYLINE_STAFF'))})(?!\w)", ignore),
        note=re.compile(
            rf"\W{{0,3}}(?:{_alternation(data('clean', 'CORRECTION_OPENINGS') + data('clean', 'SHARE_PROMPTS'))})",
            ignore,
        ),
    )


def news_start(line: str, lang: str | None) -> tuple[int, bool]:
    """Where the news starts in one of an untitled article's lines, and whether that is certain: after a page
    stamp ("6 January 2011 Last updated at 17:03 GMT Help"), a dateline ("WASHINGTON |", "GRAND ISLE, La. --",
    "BERLIN (Reuters) -", `storyline.sentences.DATELINE`) and a byline ("By the CNN Wire Staff", "-LRB- By Frank
    Polich -- Associated Press -RRB-", "By Maggie Fox , Health and Science Editor" before a dateline), in any order.
    A line that is a correction or editor's note ("This article misstated …", "Sprostowanie:"), a share prompt or a
    stamp alone holds no news: its length. A byline whose end cannot be told ("by : Phil Keating His name is Jack
    …") is uncertain: (0, False)."""
    pat = _lead_patterns(lang)
    written = _as_written(line)
    times = {t.start: t.end for t in find_time_expressions(line, lang)}
    pos = 0
    while pos < len(line):
        if pat.note.match(line, pos):  # "-LRB- By Melina Mara -- The Washington Post -RRB- This article was reported …"
            return len(line), True
        after = max(_stamp_end(line, pos, times, pat), _dateline_end(written, pos, times))
        if after == pos:
            byline = _byline_end(written, pos, times, pat)
            if byline is None:
                return 0, False
            after = byline
        if after == pos:
            break
        pos = _SEPARATORS.match(line, after).end()  # type: ignore[union-attr]
    return pos, True


def _dateline_end(written: str, pos: int, times: dict[int, int] | None = None) -> int:
    """The end of a dateline at `pos` (`DATELINE`, a bracketed agency alone, or a place in capitals, a date and the
    agency: "ATLANTA Oct 21 -LRB- Reuters Legal -RRB- -"), `pos` when there is none."""
    m = DATELINE.match(written, pos) or _AGENCY.match(written, pos)
    if m is not None and written[m.start() : m.end()].rstrip()[-1:] in DASHES:
        agency = _AGENCY_AFTER.match(written, m.end())  # "МОСКВА, 15 янв — РИА Новости. Массовая вакцинация …"
        if agency is not None and all(w[:1].isupper() for w in agency.group().split()):
            m = agency
    if m is None and times:
        place = pos
        for word in re.finditer(r"\S+\s+", written[pos : pos + PLACE_CHARS]):
            if not word.group().isupper() or place in times:
                break
            place = pos + word.end()
        if place > pos and place in times and any(ch.isdigit() for ch in written[place : times[place]]):
            m = _AGENCY.match(written, times[place])
    return m.end() if m is not None and m.end() < len(written) else pos


def _stamp_end(line: str, pos: int, times: dict[int, int], pat: _LeadPatterns) -> int:
    """The end of a page's time stamp at `pos` (`pos` when there is none): time expressions with a digit, joined
    by `events.STAMP_GLUE`, publication labels, clocks, weekdays, zones and separators; it ends the line, or holds a
    clock, a label or a field separator ("|", ";"). A page button right after it goes with it."""
    dated = {s: e for s, e in times.items() if s >= pos and any(ch.isdigit() for ch in line[s:e])}  # not "a day"
    i, marked = pos, False
    ends = set(dated.values())
    while i < len(line):
        if i in dated:
            marked = marked or bool(_CLOCK.search(line, i, dated[i]))
            i = dated[i]
            continue
        clock, label = _CLOCK.match(line, i), pat.label.match(line, i)
        word = clock or label or pat.calendar.match(line, i) or (_SECONDS.match(line, i) if i in ends else None)
        if word is not None:
            marked = marked or clock is not None or label is not None
            i = word.end()
            if clock is not None:
                ends.add(i)
            continue
        following = min((s for s in dated if s > i), default=None)
        if i in ends and following is not None and STAMP_GLUE.fullmatch(line, i, following):
            i = following  # "09:27 UK time , Friday , 28 May 2010"
            continue
        glue = STAMP_GLUE.match(line, i) if i in ends else None
        if glue is not None and glue.end() > i and _CLOCK.match(line, glue.end()):
            i = glue.end()  # "12/02/2011 à 18:05"
            continue
        gap = _SEPARATORS.match(line, i)
        if gap is None or gap.end() == i:
            break
        marked = marked or any(c in _FIELD_MARKS for c in line[i : gap.end()])
        i = gap.end()
    if i == pos or not any(pos <= s < i for s in dated) or not (marked or i >= len(line)):
        return pos
    button = pat.button.match(line, i)
    return button.end() if button else i


def _names_a_desk(words: str) -> bool:
    """Whether the words before a desk's word are a name ("the CNN Wire", "Tarek Osman ,"), not a sentence ("By
    contrast , for Obama"): capitalised words, an article of three letters at most first."""
    tokens = [w for w in words.split() if any(ch.isalpha() for ch in w)]
    return all(w[0].isupper() or (k == 0 and len(w) <= 3) for k, w in enumerate(tokens))


def _byline_end(written: str, pos: int, times: dict[int, int], pat: _LeadPatterns) -> int | None:
    """The end of a byline at `pos` (`pos` when there is none, None when its end cannot be told): a desk's
    ("By the CNN Wire Staff"), a bracketed one's closing bracket, a name a "|" or a dash ends, or the dateline
    or stamp after it ("By Shailagh Murray and Paul Kane TOLEDO , Ohio --", "By Dan Primack February 2 , 2011 : 2:24
    PM ET")."""
    m = pat.byline.match(written, pos)
    if m is None or m.end() >= len(written) or m.end() in times:
        return pos  # "By Tuesday , the company …"
    start = m.end()
    staff = pat.staff.match(written, start)
    if staff is not None and _names_a_desk(written[start : staff.start("desk")]):
        return staff.end()
    labelled = ":" in m.group()  # "Автор: news.bg", "by : Phil Keating": a name follows, whatever its case
    if not labelled and not written[start].isupper():
        return pos  # "By contrast"
    reach = written[: start + BYLINE_REACH]
    if written[pos : m.end()].lstrip().startswith("("):
        close = reach.find(")", start)
        return len(written) - len(written[close + 1 :].lstrip()) if close > 0 else None  # ")    " was "-RRB-"
    rest = written[start:]
    if labelled and len(rest.split()) <= LABELLED_BYLINE_WORDS and not re.search(r"[.!?](?:\s|$)", rest):
        return len(written)  # "От: Агенция Монитор (66497)" alone on its line
    name = _NAME_END.match(written, start)  # its "$" is the line's end
    if name is not None and (
        labelled or all(w[:1].isupper() for w in written[start : name.end()].split()[:-1] if w[:1].isalpha())
    ):
        return name.end()
    for later in re.finditer(r"(?<=\s)(?=\w)", reach[start:]):
        at = start + later.start()
        if _dateline_end(written, at) > at or _stamp_end(written, at, times, pat) > at:
            return at
    return None


def list_stories(
    store: Store,
    since: datetime | None = None,
    lang: str | None = None,
    limit: int | None = None,
    min_articles: int = 1,
) -> list[Story]:
    """Storylines, most recently active first; `lang` keeps those with an article in that language."""
    clauses: list[str] = ["merged_into IS NULL", "n_articles >= ?"]
    params: list[Any] = [min_articles]
    if since is not None:
        clauses.append("last_seen >= ?")
        params.append(since.isoformat())
    sql = f"SELECT id FROM storylines WHERE {' AND '.join(clauses)} ORDER BY last_seen IS NULL, last_seen DESC, id"
    out = []
    for r in store.query(sql, params):
        story = get_story(store, r["id"], lang)
        if lang and lang not in story.languages:
            continue
        out.append(story)
        if limit and len(out) >= limit:
            break
    return out


def story_summary(story: Story) -> dict[str, Any]:
    """The listing form of a story (no member list)."""
    return {
        "id": story.id,
        "title": story.title,
        "languages": story.languages,
        "outlets": story.outlets,
        "first_seen": story.first_seen,
        "last_seen": story.last_seen,
        "articles": len(story.members),
        "events": len(story.events),
        "key_entities": story.key_entities,
        "locked": story.locked,
    }
