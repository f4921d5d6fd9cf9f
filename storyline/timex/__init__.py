"""Stage "timex": time expressions found and normalised to TIMEX3 values.

`find_time_expressions(text, lang, anchor)` is the public entry point; the stage runs it over an
article's cleaned text with the publication time as anchor and writes the `timex` layer (attrs:
`type`, `value`, `anchored`, `granularity`, and `relative` when an undated article leaves a relative
expression unresolved). Grammar words live in `storyline/langs/<iso>/timex.py` (month and weekday
names from CLDR via babel, plus inflected forms, relative words, tense cues).

How values are decided:

* Numeric dates follow the language's `DATE_ORDER` (day first everywhere but English, where US wire
  copy writes 3/4/2026 for March 4); a number above 12 overrides it (25/12/2025 is day-first anywhere).
* A bare weekday is the most recent one (the publication day included) unless a cue makes it a
  coming one: a future verb next to it or in its sentence ("will", "będzie", "wird"), a preposition
  ("na piątek", "für Dienstag"), or, where the past is marked in the verb (Slavic), no past cue at all.
  "last"/"next"/"w przyszły" modifiers decide outright. A plan word before it in its clause (`PLAN_CUES`: "slated
  for", "is scheduled to", "ma się odbyć", "состоится") makes it a coming one whatever reporting verb follows, unless
  a past cue stands between them or right before the plan word ("was due on Monday").
* Months, seasons and day-months without a year take the year that fits the tense, else the past one. In an
  undated article a day-month told right after a day or month with its year, in its paragraph and within six
  months, takes that year ("24 lutego 2022 r. … 17 marca"); a dated one resolves it against the publication day
  (carrying a year named nearby lowered TempEval-3). A bare month is carried the same way ("3 марта 2020 года …
  в середине марта"). After a dateline on its own line ("14 декабря 2020", "Неділя, 27 грудня 2020, 17:54") an
  undated article's days and months take the year nearest that day ("6 января" 2021-01-06); relative expressions
  stay relative. A bare day listed before it ("10 i 17 marca") is that month's.
* Calendar weeks ("KW 4", "w 3. tygodniu roku", `CALENDAR_WEEK_PATTERN`) are ISO weeks (2026-W04; XXXX-W04 undated);
  a week of a month ("the last week of March") is the ISO week of that month's last Thursday.
* "the day before", "dzień wcześniej", "накануне" count from the time mentioned last in the text.
* "in two weeks", "za dwa tygodnie", "через неделю" count ahead of the anchor (`AHEAD_BEFORE`; English and
  German only under a future cue, since "the first rise in two years" is a stretch); "rok temu",
  "преди седмица" are one unit back. A month, season or day and the relative year after it are one date
  ("в марте прошлого года" = 2025-03). "в ночь на среду" is the night before Wednesday, not next week's.
* An hour alone after its preposition ("o 20", "at 11", "в 20") is a clock only where a part of the day or a day says
  so ("wczoraj wieczorem o 20", "last night at 11", "at 4 in the morning", "w piątek o 20."); "o 20 osób" is a count.
  A day and month written like a clock ("23.06") is a date in a date's context ("od 23.06", "23.06–25.06",
  "16.11 18:30"); "o 23.06" stays a clock. A clock after a weekday's set ("w czwartki do godz. 12") is a SET.
* Durations (P3D; halves in the next smaller unit, "pół roku" P6M) and sets (P1W, XXXX-WXX-1, "dwa razy w
  tygodniu", "по пятницам") stay apart from dates; they never become events.
* Without an anchor nothing is invented: relative expressions get X-values (`XXXX-XX-XX`,
  `XXXX-WXX-4`, `XXXX-02`), `anchored: false` and the offset in `relative`.
"""

from __future__ import annotations

from storyline.model import Article
from storyline.pipeline import stage
from storyline.timex.expression import TimeExpression
from storyline.timex.resolve import find_time_expressions

__all__ = ["TimeExpression", "find_time_expressions", "timex_stage"]


@stage("timex", needs={"sentence"}, produces={"timex"})
def timex_stage(article: Article) -> None:
    """Find the article's time expressions, resolved against its publication time when known."""
    expressions = find_time_expressions(article.text, article.language, article.published.value)
    article.set_layer("timex", [e.to_span() for e in expressions])
