"""Stage "sentences": paragraph spans (one per non-blank line) and sentence spans inside them.

A rule-based splitter: every `.`, `!`, `?`, `…` (with any closing quotes or brackets after it) followed by
whitespace is a candidate boundary, and per-language knowledge in `storyline/langs/<iso>/sentences.py`
vetoes the ones that are not: abbreviations ("prof.", "m.in.", "z.B.", "т.е."), initials ("W. Putin"),
ordinal numbers ("am 8. Januar"), numbers after "Nr."/"Art.", and quotes closed by a lowercase or dash
continuation ("„Koniec!” – powiedział"). pysbd was measured first: ~23 ms for a 3.6 kB English article
(this stage's budget is a fraction of 2 ms) and it splits Polish "prof. Kowalski" and "„To koniec.”" wrongly.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from storyline.langs import language_data, languages_with
from storyline.model import Article, Span
from storyline.pipeline import stage

# A terminator with what may close around it: `."`, `?”`, `.»`, `. »` (French spacing), `…)`, `.«`.
# A closing quote standing alone after the stop ("done . ''", as tokenised text has it) belongs to the sentence.
# German, Czech and Slovene close with « and ‹ ("»To je konec.« Nato …").
_BOUNDARY = re.compile(
    r"[.!?…]+(?:[\"'”“»«‹’)\]]|[ \u00a0\u202f][»›])*(?:[ \u00a0]+(?:''|[\"”»’])(?=\s|$))?(?=\s+(\S))"
)
# A stop glued to the next sentence, no space between (texts whose spaces were lost in scraping): "police
# said.SI Vijaya …", `a "new strategic weapon."Hours earlier`; the mark, if any, is decided by `_glued_boundary`.
_GLUED = re.compile(r"(?<=[^\W\d_]{2})[.!?][\"”]?(?=[^\W\d_]{2})")
_CLOSERS = frozenset("\"'”“»«‹’)]›")
_OPENERS = "\"'„“«‹‚‘([¿¡"
# Closing marks elsewhere that German, Czech and Slovene set as openers (»Wir …«); French spaces them as closers.
_REVERSED_OPENERS = "»›"
_DASHES = "-–—"
_TOKEN_STRIP = "\"'„“«‹‚‘([{"
_INITIALISM = re.compile(r"^(?:\w\.)+\w$")
_ROMAN = frozenset("IVX")
_HAS_WORD = re.compile(r"\w")
_WORD = re.compile(r"[\w'’-]+")
# How far into a text a headline glued to its first sentence may reach (feeds whose line breaks were lost: " Lufthansa
# retires big jets, says rebound could take years Lufthansa retires big jets, … FRANKFURT, Germany (AP) — German
# airline group …"; SemEval-8 en/de, 461 of 632 texts on one line, session 18).
TITLE_REACH = 600
# Words of a headline that must come again for its repetition to end it ("Hamas calls for resistance … Hamas calls").
TITLE_REPEAT_WORDS = 4
# Capital letters of the scripts our languages are written in (Latin with diacritics, Cyrillic), for regular
# expressions: Latin Extended-A alternates capital and small letters ("Ā" 0100, "ā" 0101, …, "Ł" 0141, "ł" 0142), so
# a range "Ā-Ž" would take "ą", "č", "ł", "ž" for capitals; Unicode's own test picks the capitals out of the block.
UPPER = "A-ZÀ-ÖØ-ÞА-ЯЁЄІЇҐ" + "".join(c for c in map(chr, range(0x100, 0x180)) if c.isupper())
_UP = UPPER
# A news dateline opening a sentence ("NEW YORK (AP) —", "PHILADELPHIA, July 25 (UPI) —", "MOSKWA (PAP) –"):
# place, date and agency, no part of the sentence's subject (a bare hyphen counts only after an agency). Read by the
# quotes finder (no speaker), the briefing (no summary line) and story titles (where the news starts).
DATELINE = re.compile(
    rf"[{UPPER}][{UPPER}.'’-]+(?:\s[{UPPER}][{UPPER}.'’-]*){{0,3}}"
    r"(?:,\s*[^\n—–()]{1,30}?)?(?:\s*\([^()\n]{1,20}\)\s*[—–-]{1,2}|\s*[—–]{1,2})\s+"
)
# A dateline inside a sentence: a place in capitals (two words, or one of four letters or more), a state or country,
# an agency in brackets, a dash and a capital ("… spur economy BEIJING — China's central bank", "… in Illinois
# MUNDELEIN, Ill.(WISN) — Two people"), or a capitalised place with its agency in capitals ("… virus fight Berlin
# (AFP) - German leaders", "Jerusalem (dpa) –"): the body starts there.
_GLUED_DATELINE = re.compile(
    rf"(?<![\w'’.-])(?:(?:[{_UP}]{{2,}}(?:\s[{_UP}][{_UP}.'’-]+){{1,3}}|[{_UP}][{_UP}'’-]{{3,}})"
    rf"(?:,\s*[{_UP}][\w.]*(?:\s[{_UP}][\w.]*)?)?\s*(?:\([^()\n]{{1,20}}\)\s*)?(?:—|–|--)"
    rf"|[{_UP}][^\W\d_{_UP}]+(?:\s[{_UP}][^\W\d_{_UP}]+)?(?:,\s*[{_UP}][\w.]*)?\s*"
    rf"\((?:[{_UP}][{_UP}\d-]{{1,11}}|[a-z]{{2,4}})\)\s*[—–-]{{1,2}})\s+(?=[\"“„«‘'{_UP}])"
)
# Longest lower-case word after which a capitalised name is part of the sentence, no dateline or repeated headline:
# an article or preposition binds it ("a statement from the NAACP — …", "compensation for Gulf of Mexico oil spill
# victims").
DATELINE_BINDER_LETTERS = 3
# Closing marks that may end a headline glued to a body opener: `says his condition is "dire" The family …`.
_HEADLINE_CLOSERS = "\"'”“»«’‹›"


@dataclass(frozen=True)
class SentenceRules:
    """The abbreviation lists of one language (or of all languages, when the language is unknown)."""

    abbreviations: frozenset[str]
    final: frozenset[str]
    before_number: frozenset[str]
    year: frozenset[str]
    starters: frozenset[str]
    ordinal_period: bool
    months: frozenset[str]
    ordinal_after: frozenset[str]
    # capitalised words opening a sentence glued on with no stop ("… Rückhalt für Trump Der ehemalige US-Botschafter …",
    # "… killing woman inside A woman was killed …"), and the words after one that make it a name ("Die Linke"): one
    # language's only (`_body_openers`)
    body_openers: frozenset[str] = frozenset()
    opener_names: frozenset[str] = frozenset()
    # the language capitalises its nouns, so a capitalised word after a body opener is no sign of a name
    nouns_capitalised: bool = False


@cache
def sentence_rules(lang: str | None) -> SentenceRules:
    """The rules for `lang`; an unknown or missing language gets the union of all languages' lists."""
    own = language_data(lang, "sentences") if lang else None  # (body openers are one language's, never the union's)
    mods = [own]
    if own is None:
        mods = [language_data(code, "sentences") for code in languages_with("sentences")]
        ordinal = False
        months: frozenset[str] = frozenset()
    else:
        ordinal = bool(getattr(mods[0], "ORDINAL_PERIOD", False))
        months = (
            _month_words(lang) | frozenset(getattr(mods[0], "EXTRA_MONTH_WORDS", ()))
            if ordinal and lang
            else frozenset()
        )

    def union(attr: str) -> frozenset[str]:
        return frozenset(word for mod in mods if mod is not None for word in getattr(mod, attr, ()))

    return SentenceRules(
        abbreviations=union("ABBREVIATIONS"),
        final=union("FINAL_ABBREVIATIONS"),
        before_number=union("NUMBER_ABBREVIATIONS"),
        year=union("YEAR_ABBREVIATIONS"),
        starters=union("SENTENCE_STARTERS"),
        ordinal_period=ordinal,
        months=months,
        ordinal_after=union("ORDINAL_AFTER") if ordinal else frozenset(),
        body_openers=frozenset(getattr(own, "BODY_OPENERS", ())),
        opener_names=frozenset(getattr(own, "OPENER_NAMES", ())),
        nouns_capitalised=bool(getattr(own, "NOUNS_CAPITALISED", False)),
    )


def _month_words(lang: str) -> frozenset[str]:
    """Month names in every CLDR form (babel), so "8. Januar" / "8. stycznia" are read as dates."""
    from babel.core import UnknownLocaleError
    from babel.dates import get_month_names

    words: set[str] = set()
    try:
        for width in ("wide", "abbreviated"):
            for context in ("format", "stand-alone"):
                words.update(
                    n.lower().rstrip(".") for n in get_month_names(width, context=context, locale=lang).values()
                )
    except (UnknownLocaleError, ValueError):
        return frozenset()
    return frozenset(words)


def _token_before(text: str, end: int, floor: int) -> tuple[str, int]:
    """The whitespace-delimited token ending at `end` (without opening quotes/brackets) and its start."""
    start = end
    while start > floor and not text[start - 1].isspace():
        start -= 1
    token = text[start:end].lstrip(_TOKEN_STRIP)
    return token, end - len(token)


def _next_word(text: str, pos: int) -> str:
    m = _WORD.match(text, pos)
    return m.group(0) if m else ""


def _opens(text: str, pos: int) -> bool:
    """An opening mark at `pos`: „ “ « …, or German and Czech » › set close to the word they open ("»Wir")."""
    mark = text[pos]
    return mark in _OPENERS or (mark in _REVERSED_OPENERS and text[pos + 1 : pos + 2].isalnum())


def _is_boundary(text: str, m: re.Match[str], floor: int, rules: SentenceRules) -> bool:
    nxt = m.group(1)
    nxt_pos = m.start(1)
    term = m.group(0)
    closed = term[-1] in _CLOSERS
    opener = _opens(text, nxt_pos)
    # A lowercase continuation or a comma means the sentence goes on ("“Why?” he asked", "e.g., Kyiv").
    if nxt.islower() or not (nxt.isupper() or nxt.isdigit() or opener or nxt in _DASHES or nxt.isalpha()):
        return False
    if nxt in _DASHES:
        # „To koniec” – powiedział: a dash after a closed quote introduces its attribution.
        return not closed
    stop = term.rstrip("".join(_CLOSERS) + " \u00a0\u202f")
    if stop != "." or closed:
        return True
    token, token_start = _token_before(text, m.start(), floor)
    low = token.lower()
    if not token:
        return True
    if token_start == floor and len(token) <= 4 and (token.isdigit() or len(token) == 1 or set(token) <= _ROMAN):
        # A list marker opening the paragraph ("1. Ukraine keeps…", "a) …", "IV. Sanctions") is not a sentence.
        return False
    if low in rules.abbreviations:
        return False
    word = _next_word(text, nxt_pos) if nxt.isalpha() else ""
    if low in rules.before_number:
        return not nxt.isdigit()
    if low in rules.final:
        # "…and so on, etc. The next" ends; "1,6 proc. 200-milionowej" and "5 tys. – powiedział" go on.
        return nxt.isupper() or opener
    if low in rules.year:
        # "г. Москва" ("city") never ends a sentence; after a year "r."/"г." does only before a typical
        # opener, as "W 2025 r. Polska…" continues far more often than a new sentence starts with a name.
        before = text[floor : m.start() - len(token)].rstrip()
        return bool(before) and before[-1].isdigit() and word.lower() in rules.starters
    if len(token) == 1 and token.isalpha():
        # An initial: "W. Putin", "J. R. R. Tolkien".
        return not token.isupper()
    if token.isdigit() and rules.ordinal_period and len(token) <= 2:
        # "am 8. Januar", "8. stycznia" are dates and "der 2. Versuch" an ordinal; "wzrosła o 12. Policja" ends.
        if word.lower() in rules.months:
            return False
        previous, _ = (
            _token_before(text, m.start() - len(token) - 1, floor) if m.start() - len(token) - 1 > floor else ("", 0)
        )
        return previous.lower() not in rules.ordinal_after
    if _INITIALISM.match(token):
        # "U.S." ends a sentence only before a typical opener ("...in the U.S. The talks").
        return word.lower() in rules.starters
    return True


def _glued_boundary(text: str, m: re.Match[str], floor: int, rules: SentenceRules) -> tuple[int, int] | None:
    """(end, next start) of a sentence boundary with no space at `m`, or None: only between a word and a
    capitalised one, never after an abbreviation ("bzw.Die", "St.Petersburg"), a dotted token ("e.g.The",
    "www.example.Com") or a number, nor in an address or between two upper-case words."""
    token, _ = _token_before(text, m.start(), floor)
    low = token.lower()
    if not token.isalpha() or low in rules.abbreviations or low in rules.final:
        return None
    rest = text[m.end() :].split(None, 1)[0]
    word = _next_word(text, m.end())
    # a short word after a capitalised one is a domain's or name's part ("«Газета.Ru»"), unless it is one of the
    # language's sentence openers ("… заявил телеведущий Стюарт Варни.Он напомнил", "Варни.По его словам")
    short = len(word) < 3 and word.lower() not in rules.starters
    if any(c in rest for c in "@/.") or (not token.islower() and (word.isupper() or short)):
        return None  # "EE.UU.", "Pressestelle.Lippe@polizei.nrw.de", "HABERTURK.COM", "(LHA.DE)", "«Газета.Ru»"
    stop = m.start() + 1
    if not text[m.end()].isupper():
        return None
    if m.end() == stop:
        return (stop, stop)
    if text[stop] == '"' and text.count('"', floor, m.start()) % 2 == 0:
        return (stop, stop)  # `concessions."We'll see`: a straight mark with none open before it opens the next one
    return (m.end(), m.end())


def split_sentences(
    text: str, lang: str | None, paragraphs: list[tuple[int, int]] | None = None
) -> list[tuple[int, int]]:
    """Sentence (start, end) offsets in `text`, split per line; whitespace around sentences is left out."""
    rules = sentence_rules(lang)
    spans: list[tuple[int, int]] = []
    for p_start, p_end in split_paragraphs(text) if paragraphs is None else paragraphs:
        start = p_start
        # endpos makes the paragraph's end the end of the string for the look-ahead, without copying the text
        glued = list(_GLUED.finditer(text, p_start, p_end))
        found = _BOUNDARY.finditer(text, p_start, p_end)
        for m in sorted((*found, *glued), key=lambda m: m.start()) if glued else found:
            if m.re is _GLUED:
                cut = _glued_boundary(text, m, start, rules)
                if cut is not None and cut[0] > start:
                    spans.append((start, cut[0]))
                    start = cut[1]
                continue
            if m.end() <= start or not _is_boundary(text, m, start, rules):
                continue
            spans.append((start, m.end()))
            start = m.start(1)
        if start < p_end:
            if spans and spans[-1][1] > p_start and not _HAS_WORD.search(text, start, p_end):
                # Only closing marks are left ("run . ''" in tokenised text): they end the last sentence.
                spans[-1] = (spans[-1][0], p_end)
            else:
                spans.append((start, p_end))
    return _cut_glued_title(text, spans, rules)


def _binds(before: str) -> bool:
    """True when the words `before` a capitalised name end in a short word that binds it (an article or preposition:
    "a statement from the NAACP", "compensation for Gulf of Mexico oil spill victims") or in an opening mark."""
    words = _WORD.findall(before)
    last = before.rstrip()[-1:]
    return (
        not words
        or last in _OPENERS
        or last == "`"
        or (len(words[-1]) <= DATELINE_BINDER_LETTERS and words[-1].islower())
    )


@cache
def _body_opener_pattern(openers: frozenset[str]) -> re.Pattern[str] | None:
    """A body opener after a letter or digit (or a closing mark glued to one) and a space, and the word after it."""
    if not openers:
        return None
    words = "|".join(sorted(map(re.escape, openers), key=len, reverse=True))
    closers = re.escape(_HEADLINE_CLOSERS)
    return re.compile(rf"(?:(?<=[^\W_])|(?<=[^\W_][{closers}]))\s+({words})\s+[\"'“„«‘‚]?(\w+)")


def _title_cased(before: str) -> bool:
    """True when the two words `before` ends in are capitalised (a headline in title case: "Thousands Ring In 2020 …";
    one name is no sign of it: "Fire guts warehouse in Leeds A 34-year-old man …")."""
    words = _WORD.findall(before[-60:])
    return len(words) >= 2 and all(word[:1].isupper() for word in words[-2:])


def _body_openers(text: str, spans: list[tuple[int, int]], rules: SentenceRules) -> list[int]:
    """Where a body opener starts a sentence glued on with no stop: a headline run into the lead, a section name, a
    caption or a credit before it ("… killing woman inside A woman was killed …", "… Rückhalt für Trump Der
    ehemalige US-Botschafter …", "Advertisement The news …"). Inside a sentence these words stand capitalised only in
    a name, whose next word is no lower-case one: a capitalised word ("The Hague"; in a language that capitalises its
    nouns, one of its OPENER_NAMES: "Die Linke"), or any word after one that binds it ("to The 3 Tele's Hypothesis",
    "für Die Adler"); or in a headline in title case, before a number ("Thousands Ring In 2020 At Grand Park")."""
    pattern = _body_opener_pattern(rules.body_openers)
    if pattern is None:
        return []
    cuts = []
    for s, e in spans:
        for m in pattern.finditer(text, s, e):
            following, before = m.group(2), text[s : m.start()]
            named = following[0].isupper() and (not rules.nouns_capitalised or following.lower() in rules.opener_names)
            if following[0].isdigit() and _title_cased(before):
                continue  # a headline in title case goes on: "… Things Latinos Said In 2015 That Got Us Thinking"
            if following[0].islower() or not (named or _binds(before)):
                cuts.append(m.start(1))
    return cuts


def _cut_glued_title(text: str, spans: list[tuple[int, int]], rules: SentenceRules) -> list[tuple[int, int]]:
    """The spans with a headline glued to the text's first sentence cut off (no line break, no stop between them):
    where the headline's opening words come again (the headline repeated, "Hamas calls for resistance against
    Israeli tax move Hamas calls for …") and before a dateline within the text's opening ("… spur economy BEIJING —
    China's central bank …"); and anywhere in the text, before a word of the language's that opens a body only
    (`_body_openers`)."""
    if not spans:
        return spans
    cuts: set[int] = set()
    start, end = spans[0]
    opening = list(_WORD.finditer(text, start, min(end, start + TITLE_REACH)))
    if len(opening) > 2 * TITLE_REPEAT_WORDS:
        head = text[start : opening[TITLE_REPEAT_WORDS - 1].end()]
        again = text.find(head, opening[TITLE_REPEAT_WORDS].start(), min(end, start + TITLE_REACH))
        if again > start and text[again - 1].isspace() and not _binds(text[start:again]):
            cuts.add(again)
            title = text[start:again].rstrip()
            after = again + len(title)
            rest = text[after:end].lstrip()
            if text.startswith(title, again) and text[after : after + 1].isspace() and rest[:1].isupper():
                cuts.add(after)  # the headline repeated in full, then the body
    line_end = text.find("\n", start)
    cuts.update(_body_openers(text, spans, rules))
    for s, e in spans:
        if s >= start + TITLE_REACH or 0 <= line_end < s:
            break  # (a headline on a line of its own is a sentence already: "Flutwelle erreicht Frankfurt (Oder) – …")
        lead = _GLUED_DATELINE.match(text, s)
        pos = lead.end() if lead is not None else s + 1  # "LOS ANGELES — …" opens the sentence: no cut in it
        while (m := _GLUED_DATELINE.search(text, pos, min(e, start + TITLE_REACH))) is not None:
            before = text[s : m.start()]
            words = _WORD.findall(before) or [""]
            if before[-1:].isspace() and not _binds(before) and not words[-1].isupper():
                cuts.add(m.start())
                pos = m.end()
            else:
                pos = m.start() + 1
    if not cuts:
        return spans
    out: list[tuple[int, int]] = []
    for s, e in spans:
        for cut in sorted(c for c in cuts if s < c < e):
            left = text[s:cut].rstrip()
            if left:
                out.append((s, s + len(left)))
            s = cut + len(text[cut:e]) - len(text[cut:e].lstrip())
        out.append((s, e))
    return out


_LINE = re.compile(r"[^\n]+")


def split_paragraphs(text: str) -> list[tuple[int, int]]:
    """(start, end) of every non-blank line, without its surrounding whitespace."""
    spans = []
    for m in _LINE.finditer(text):
        line = m.group(0)
        stripped = line.strip()
        if not stripped:
            continue
        lead = len(line) - len(line.lstrip())
        spans.append((m.start() + lead, m.start() + lead + len(stripped)))
    return spans


@stage("sentences", needs={"clean", "language"}, produces={"paragraph", "sentence"})
def sentences(article: Article) -> None:
    """Add the `paragraph` and `sentence` layers."""
    paragraphs = split_paragraphs(article.text)
    article.set_layer("paragraph", [Span(s, e, "paragraph") for s, e in paragraphs])
    found = split_sentences(article.text, article.language, paragraphs)
    article.set_layer("sentence", [Span(s, e, "sentence") for s, e in found])
